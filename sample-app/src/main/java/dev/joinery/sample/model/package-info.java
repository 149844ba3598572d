/**
 * The sample's tables, one small group per seed tutorial. The annotation processor turns each
 * record into {@code XTable} (metadata) and {@code XDao} (data access) beside it, and the whole
 * package into {@code JoinerySchema}, which {@link dev.joinery.sample.Main} syncs at start-up.
 *
 * <p>Two seeds both call their table {@code users}; here seed 003 keeps {@code users}, seed 004's
 * become {@code authors} and seed 001's {@code task_users}, so every tutorial runs side by side.
 */
package dev.joinery.sample.model;
