-- Reserved for citizen sign-in through a state identity service (BundID-style) and business accounts.
select 1;
