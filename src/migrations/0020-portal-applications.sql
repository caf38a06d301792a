-- 0020-portal-applications: tables of this part of the portal (filled in by its own change).
select 1;
