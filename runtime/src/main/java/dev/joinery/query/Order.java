package dev.joinery.query;

import dev.joinery.meta.TableColumn;

/** One {@code ORDER BY} term over a column of {@code T}. */
public record Order<T>(TableColumn<T, ?> column, boolean ascending) {}
