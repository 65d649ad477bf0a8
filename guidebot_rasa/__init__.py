"""Code that runs inside the Rasa server (.venv-rasa, Python 3.10), outside the model.

Unlike ``nlu/`` (pipeline components, part of the trained model), nothing here is a
training input: changing it never retrains. It must not import ``bot`` or ``index``
(Python 3.11 only); the repository root is on .venv-rasa's path (scripts/setup_rasa.sh).
"""
