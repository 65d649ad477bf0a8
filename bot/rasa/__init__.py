"""Everything that knows Rasa's formats: the custom action (tracker in, answers and slots
out), the action webhook the Rasa server calls, the conversion of answers to Rasa's
messages, and the endpoint and channel files generated for each start."""
