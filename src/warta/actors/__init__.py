"""Actors: knowledge of countries, organisations and people; mention finding and resolution."""

from warta.actors.finder import find_actor_mentions, resolve_actor

__all__ = ["find_actor_mentions", "resolve_actor"]
