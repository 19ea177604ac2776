"""gofer: an autonomous agent with its own virtual computer."""
