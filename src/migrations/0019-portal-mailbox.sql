-- 0019-portal-mailbox: tables of this part of the portal (filled in by its own change).
select 1;
