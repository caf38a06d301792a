-- Reserved for document ingest (uploads, quarantine).
select 1;
