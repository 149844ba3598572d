package dev.joinery.spring.shop;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A service whose transactional methods write through two generated DAOs. */
@Service
public class Library {
  private final AuthorDao authors;
  private final BookDao books;

  public Library(AuthorDao authors, BookDao books) {
    this.authors = authors;
    this.books = books;
  }

  /** Writes an author, then a book of theirs; {@code fail} throws after both were written. */
  @Transactional
  public Book publish(String author, String title, boolean fail) {
    Author written = authors.create(Author.named(author));
    Book book = books.create(Book.of(title, written.id()));
    if (fail) throw new Refused(book);
    return book;
  }

  /** An author with books in one nested create (several statements), then maybe a failure. */
  @Transactional
  public Author publishAll(String author, List<String> titles, boolean fail) {
    Author written = authors.create(
        new Author(null, author, null, titles.stream().map(t -> Book.of(t, null)).toList()),
        AuthorTable.BOOKS);
    if (fail) throw new Refused(written.books().get(0));
    return written;
  }

  /** Every author, read in a read-only transaction (on the primary, with read replicas too). */
  @Transactional(readOnly = true)
  public List<Author> authorsInTransaction() {
    return authors.findAll();
  }

  /** Thrown after the writes, carrying what had been written, to roll them back. */
  public static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Book written;

    Refused(Book written) {
      super("refused after writing book " + written.id());
      this.written = written;
    }

    public Book written() {
      return written;
    }
  }
}
