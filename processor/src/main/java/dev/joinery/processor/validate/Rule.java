package dev.joinery.processor.validate;

/**
 * One check over the round's graph. A rule reports only the mistakes it owns and stays silent
 * where a mistake owned by another rule makes its own question meaningless (an association whose
 * target is not a table has no keys to check), so that each mistake yields exactly one error.
 */
interface Rule {
  void check(RoundGraph graph, ValidationReport report);
}
