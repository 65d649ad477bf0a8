-- Rasa's conversations (the SQL tracker store) in a database of their own.
CREATE DATABASE rasa OWNER guidebot;
