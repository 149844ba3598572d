package dev.joinery.query;

import dev.joinery.meta.Column;

/** One {@code ORDER BY} term over a column of {@code T}. */
public record Order<T>(Column<T, ?> column, boolean ascending) {}
