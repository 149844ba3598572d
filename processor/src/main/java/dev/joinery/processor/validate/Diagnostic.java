package dev.joinery.processor.validate;

import dev.joinery.processor.model.SourceRef;

/**
 * One error found by a validation rule: where it is, which record it belongs to (so that record
 * generates nothing), and the message text, already formatted with its tag.
 *
 * @param recordQualifiedName canonical name of the record at fault
 */
public record Diagnostic(SourceRef where, String recordQualifiedName, String message) {}
