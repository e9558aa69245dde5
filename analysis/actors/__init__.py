"""The actors wing: the actor dictionary, mentions (dictionary, aliases, discovered names), linking, gender, summaries and plots."""
from __future__ import annotations

from analysis._lazy import lazy_exports

_EXPORTS = {
    "ACTOR_COLUMNS": "summary",
    "ActorDictionary": "dictionary",
    "DEFAULT_PATH": "dictionary",
    "DictionaryError": "dictionary",  # the same class as analysis.errors.DictionaryError
    "FEMALE": "gender",
    "MALE": "gender",
    "MENTION_COLUMNS": "step",
    "actor_id_for": "mention_types",
    "actor_table": "summary",
    "actor_tone": "summary",
    "agrees": "gender",
    "check_references": "dictionary",
    "circular_layout": "network_plot",
    "co_mentions": "summary",
    "compile_dictionary": "compiled",
    "dictionary_cues": "compiled",
    "description_gender": "gender",
    "find_mentions": "step",
    "gendered_names": "gender",
    "get_dictionary": "compiled",
    "last_person_before": "step",
    "load_dictionary": "dictionary",
    "masked_document": "masking",
    "masked_text": "masking",
    "mention_rows": "step",
    "merge_dictionaries": "dictionary",
    "name_gender": "gender",
    "network_figure": "network_plot",
    "parse_dictionary": "dictionary",
    "people_in": "step",
    "person_at": "step",
    "person_genders": "gender",
    "pronoun_gender": "gender",
    "quoted_about": "summary",
    "read_dictionary": "dictionary",
    "share_of_voice": "summary",
    "slug": "mention_types",
    "speaker_verbs": "speaker_verbs",
    "summarize_discoveries": "discovery",
    "tokenize": "name_runs",
    "tone_evidence": "summary",
    "unify_people": "linking",
}
__all__ = sorted(_EXPORTS)
__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
