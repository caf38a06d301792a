-- Reserved for resubmissions and co-signing.
select 1;
