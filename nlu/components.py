"""Rasa 3.6 pipeline components of our own (loaded by config.yml by module path).

Runs only in the Rasa environment (Python 3.10, `.venv-rasa`): it imports
Rasa, and from this project nothing but `nlu.textnorm` (no catalog, no index),
so the NLU model never depends on what the catalog holds.
"""

from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.constants import INTENT_MESSAGE_PREFIX
from rasa.shared.nlu.constants import ENTITIES, ENTITY_ATTRIBUTE_VALUE, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from nlu.textnorm import fold_aligned

# Message attribute holding the text as the user typed it. It is an output
# property, so it reaches the parse result and the tracker's latest_message,
# where the action can read it (e.g. to answer a Traditional writer in kind).
ORIGINAL_TEXT = "text_original"


# Rasa 3.6 has no "preprocessor" component type. The recipe runs the
# MESSAGE_TOKENIZER and MESSAGE_FEATURIZER types alike: `process_training_data`
# on the training data and `process` at inference, in pipeline order, so this
# component placed first rewrites the text before JiebaTokenizer reads it.
# It is registered as a featurizer because it is not a tokenizer: it sets no
# tokens (Rasa recognizes the one allowed tokenizer by its Tokenizer class).
@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER, is_trainable=False)
class TextNormalizer(GraphComponent):
    """Replaces a message's text by its folded form, in training and at inference.

    Folding is `nlu.textnorm.fold_aligned`: Traditional to Simplified,
    full-width to half-width, lower case, emoji and pictographs to spaces. The
    search index folds its side with `nlu.textnorm.fold`, so the model and the
    index see the same characters.

    Why not `fold()` itself: Rasa keeps entities as character offsets into the
    text (annotations in training data; predicted spans at inference), and
    `fold()` may change the length (it removes emoji, collapses and strips
    whitespace). `fold_aligned` only maps one character to one character, so
    every offset stays valid, for the folded text and for the original alike.

    The original text is kept in the `text_original` attribute (also in the
    parse result). Messages starting with "/" (`/rate{"score": 5}`, sent by
    channels) are left alone: they are commands for Rasa's RegexMessageHandler,
    not user text, and folding could alter their JSON.

    In training, an entity whose value was the annotated span itself gets the
    folded span as its value; otherwise EntitySynonymMapper would learn that the
    folded span (天河区) is a synonym of the Traditional one (天河區).
    Explicit values (synonyms such as 第二个 → 2) are kept.
    """

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> TextNormalizer:
        """Creates the component (it has no configuration and no state)."""
        return cls()

    @staticmethod
    def required_packages() -> list[str]:
        """OpenCC does the Traditional to Simplified conversion."""
        return ["opencc"]

    @staticmethod
    def supported_languages() -> list[str] | None:
        """Folding Traditional to Simplified only makes sense for Chinese."""
        return ["zh"]

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        """Folds the text of every training example in place."""
        for example in training_data.training_examples:
            original = self._fold(example)
            if original is None:
                continue
            folded = example.get(TEXT)
            for entity in example.get(ENTITIES) or []:
                start, end = entity.get("start"), entity.get("end")
                if start is None or end is None:
                    continue
                if entity.get(ENTITY_ATTRIBUTE_VALUE) == original[start:end]:
                    entity[ENTITY_ATTRIBUTE_VALUE] = folded[start:end]
        return training_data

    def process(self, messages: list[Message]) -> list[Message]:
        """Folds the text of incoming messages in place."""
        for message in messages:
            self._fold(message)
        return messages

    @staticmethod
    def _fold(message: Message) -> str | None:
        """Folds the message text; returns the original, or None if left alone."""
        text = message.get(TEXT)
        if not isinstance(text, str) or not text or text.startswith(INTENT_MESSAGE_PREFIX):
            return None
        message.set(ORIGINAL_TEXT, text, add_to_output=True)
        folded = fold_aligned(text)
        if folded != text:
            message.set(TEXT, folded)
        return text
