package dev.joinery.processor.model;

import javax.lang.model.type.TypeMirror;

/**
 * A record component in declaration order: its name, declared type and index, whether it is a
 * column or an association.
 */
public record ComponentModel(SourceRef source, String name, int index, TypeMirror type) {}
