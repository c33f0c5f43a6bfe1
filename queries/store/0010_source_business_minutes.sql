-- The source system's own business-hours figures of a ticket's first response and resolution (Zendesk "... within
-- business hours"), kept beside our clocks: they are the source's calendar, not necessarily ours.
alter table tickets add column if not exists source_first_response_business_minutes double;
alter table tickets add column if not exists source_resolution_business_minutes double;
