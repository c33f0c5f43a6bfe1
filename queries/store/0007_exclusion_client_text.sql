-- An exclusion tells the client a reason category (with optional client text) and keeps an internal note apart:
-- client files show only the category and the client text. Reasons stored before become internal notes with
-- the category 'other', so no internal wording can reach a client file.
alter table breach_exclusions rename column reason to note;
alter table breach_exclusions add column category varchar;
alter table breach_exclusions add column client_text varchar;
update breach_exclusions set category = 'other' where action = 'exclude';
