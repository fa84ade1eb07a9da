-- Sightline schema, version 10: surveys of several questions, or the organisation's own
-- survey page. `organisations.survey_question` now holds the questions, one a line.

ALTER TABLE organisations ADD COLUMN survey_url TEXT;
-- Every question's score, separated by spaces; `score` stays the first (the overall one).
ALTER TABLE survey_answers ADD COLUMN scores TEXT;
UPDATE survey_answers SET scores = CAST(score AS TEXT);
