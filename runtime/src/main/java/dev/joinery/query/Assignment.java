package dev.joinery.query;

import dev.joinery.meta.TableColumn;

/** {@code SET column = value} in a bulk update; built by {@link TableColumn#set}. */
public record Assignment<T>(TableColumn<T, ?> column, Object value) {}
