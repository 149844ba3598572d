package dev.joinery.dao;

import java.util.Optional;

/**
 * The result of an upsert (Sequelize's {@code [instance, created]}): the row as stored after it,
 * and whether it was inserted rather than updated, where the database tells (see the README's
 * "Upsert" for which do).
 *
 * @param row the stored row, with its key, its stored {@code @CreatedAt} and the new values
 * @param created true when inserted, false when an existing row was updated, empty when unknown
 * @param <T> the record
 */
public record Upserted<T>(T row, Optional<Boolean> created) {}
