-- Reserved for the full-text search index.
select 1;
