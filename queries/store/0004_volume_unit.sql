-- The unit of a monitoring feed's volume (requests, transactions, MB), reported with throughput.
alter table checks add column if not exists volume_unit varchar;
