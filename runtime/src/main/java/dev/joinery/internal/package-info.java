/**
 * The engine behind the generated DAOs; not for users, and not a stable API.
 *
 * <p>{@link dev.joinery.internal.Repository} is the entry point: finds go through
 * {@code SelectPlan} (what a statement selects and where each column lands), {@code SelectSql}
 * (its text) and {@code IncludeLoader} (execution and stitching); writes through
 * {@code NestedCreate}, {@code RowWrites} and {@code JunctionWrites}; the association mixins live
 * in {@link dev.joinery.internal.AssociationMixins}. Every statement runs on the DAO's handle:
 * finds, counts and INSERTs straight on its JDBC connection ({@code Jdbc}), the others through
 * Jdbi; constraint violations leave through {@code ConstraintErrors} as typed exceptions.
 */
package dev.joinery.internal;
