package dev.joinery.sample.api.response;

import static org.assertj.core.api.Assertions.assertThat;

import dev.joinery.RowNotFoundException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ErrorMapperTest {

  @Test
  void aRowDeletedBeforeItsUpdateIsNotFound() {
    String message = "Cannot update the customers row with id = 7: there is no such row (it was"
        + " never created, or was deleted)";

    ErrorBody body = new ErrorMapper(List.of())
        .map(new RowNotFoundException(message, "customers", "id"));

    assertThat(body).isEqualTo(new ErrorBody(404, "not-found", message, List.of()));
  }
}
