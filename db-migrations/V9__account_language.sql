-- The language a person chose with the language switch (ISO 639-1: en, bn); NULL until they choose, when the
-- browser's language is used. Mails to them go out in it.
ALTER TABLE app_user ADD COLUMN language VARCHAR(8) NULL;
