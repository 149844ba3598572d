package dev.joinery.query;

import dev.joinery.meta.Column;

/** {@code SET column = value} in a bulk update; built by {@link Column#set}. */
public record Assignment<T>(Column<T, ?> column, Object value) {}
