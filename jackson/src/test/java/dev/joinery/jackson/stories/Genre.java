package dev.joinery.jackson.stories;

/** A story's kind: an enum column, stored and written as the constant's name. */
public enum Genre {
  FABLE,
  SATIRE
}
