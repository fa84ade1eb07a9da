-- Sightline schema, version 12: the organisation's own invite email subject (NULL: the
-- translated default).

ALTER TABLE organisations ADD COLUMN email_subject TEXT;
