"""The contract layer: the configuration (calendars, policies, credits, customers) and business calendars."""
