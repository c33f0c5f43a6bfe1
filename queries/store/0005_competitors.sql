-- Competitors' promises entered by the user for the Scorecard's promise vs delivered (name, metric, value, unit).
create table if not exists competitor_promises (
    name           varchar not null,
    metric         varchar not null,  -- availability | first_response | resolution | csat | nps
    promised_value double not null,
    unit           varchar not null,  -- pct | minutes | score
    entered_at     timestamp not null
);
