package dev.joinery.meta;

/**
 * The four association kinds of Sequelize. Shared by the processor, which reads them from the
 * annotations, and the runtime, whose {@code Association} constants carry one.
 */
public enum AssociationKind {
  HAS_ONE, BELONGS_TO, HAS_MANY, BELONGS_TO_MANY;

  public boolean toMany() { return this == HAS_MANY || this == BELONGS_TO_MANY; }
}
