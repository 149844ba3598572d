package dev.joinery.it.seeds.upsert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.joinery.InvalidQueryException;
import dev.joinery.dao.Upserted;
import dev.joinery.it.SeedDb;
import dev.joinery.it.seeds.paranoid.Label;
import dev.joinery.it.seeds.paranoid.LabelDao;
import dev.joinery.it.seeds.paranoid.LabelTable;
import dev.joinery.query.OnConflict;
import dev.joinery.testing.DatabaseTest;
import dev.joinery.testing.Engine;
import dev.joinery.testing.TestDatabase;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;

/**
 * Sequelize's {@code upsert} and {@code bulkCreate(…, {updateOnDuplicate})}: one insert-or-update
 * statement per row shape, the stored row returned, whether it was inserted where the database
 * tells (PostgreSQL always; MySQL/MariaDB when the update always changes the row; H2 never).
 */
class UpsertTest {
  private TestDatabase db;
  private StockDao stocks;

  @BeforeEach
  void setUp(TestDatabase db) {
    this.db = db;
    SeedDb.sync(db, "stocks");
    stocks = db.jdbi().onDemand(StockDao.class);
  }

  /** Each stock as "sku|quantity|note", by sku. */
  private List<String> rows() {
    return SeedDb.lines(db, "SELECT \"sku\", \"quantity\", \"note\" FROM \"stocks\" ORDER BY \"sku\"");
  }

  /** What an engine tells of an update that always changes the row (it sets @UpdatedAt). */
  private static Optional<Boolean> told(TestDatabase db, boolean created) {
    return db.engine() == Engine.H2 ? Optional.empty() : Optional.of(created);
  }

  @DatabaseTest
  void upsertWithoutKeyInserts(TestDatabase db) {
    Upserted<Stock> result = stocks.upsert(Stock.of("A-1", 3, "new"));

    assertThat(result.created()).contains(true);
    assertThat(result.row().id()).isNotNull();
    assertThat(result.row().createdAt()).isNotNull();
    assertThat(db.counter().count()).as("a NULL key collides with nothing: an INSERT").isEqualTo(1);
    assertThat(rows()).containsExactly("A-1|3|new");
  }

  @DatabaseTest
  void upsertOnThePrimaryKeyUpdatesAndKeepsCreatedAt(TestDatabase db) throws Exception {
    Stock stored = stocks.create(Stock.of("A-1", 3, "new"));
    Thread.sleep(5);
    db.counter().reset();

    Upserted<Stock> result =
        stocks.upsert(new Stock(stored.id(), "A-1", 5, "recount", null, null));

    assertThat(result.created()).isEqualTo(told(db, false));
    assertThat(result.row().id()).isEqualTo(stored.id());
    assertThat(result.row().quantity()).isEqualTo(5);
    assertThat(result.row().createdAt()).isEqualTo(stored.createdAt());
    assertThat(result.row().updatedAt()).isAfter(stored.updatedAt());
    // PostgreSQL returns the row from the upsert; the others read it back; H2, not knowing
    // whether it inserted a given key, moves the identity past it.
    int expected = switch (db.engine()) {
      case POSTGRESQL -> 1;
      case MARIADB -> 2;
      case H2 -> 3;
    };
    assertThat(db.counter().count()).isEqualTo(expected);
    assertThat(stocks.findByPk(stored.id())).contains(result.row());
    assertThat(rows()).containsExactly("A-1|5|recount");
  }

  @DatabaseTest
  void upsertWithAGivenKeyThatIsNewInsertsAndKeysStillGenerate(TestDatabase db) {
    Upserted<Stock> result = stocks.upsert(new Stock(40L, "B-2", 1, null, null, null));

    assertThat(result.created()).isEqualTo(told(db, true));
    assertThat(result.row().id()).isEqualTo(40L);
    assertThat(stocks.create(Stock.of("C-3", 1, null)).id()).isGreaterThan(40L);
  }

  @DatabaseTest
  void upsertOnAUniqueIndexFindsTheStoredRow(TestDatabase db) {
    Stock stored = stocks.create(Stock.of("A-1", 3, "new"));
    db.counter().reset();

    Upserted<Stock> inserted = stocks.upsert(Stock.of("B-2", 7, "first"), OnConflict.on(StockTable.SKU));
    Upserted<Stock> updated = stocks.upsert(Stock.of("A-1", 4, "again"), OnConflict.on(StockTable.SKU));

    assertThat(inserted.created()).isEqualTo(told(db, true));
    assertThat(updated.created()).isEqualTo(told(db, false));
    assertThat(updated.row().id()).as("the stored row's key").isEqualTo(stored.id());
    assertThat(updated.row().createdAt()).isEqualTo(stored.createdAt());
    assertThat(inserted.row().id()).isNotNull().isNotEqualTo(stored.id());
    assertThat(rows()).containsExactly("A-1|4|again", "B-2|7|first");
    assertThat(db.counter().count()).isEqualTo(db.engine() == Engine.POSTGRESQL ? 2 : 4);
    assertThat(db.counter().statements().get(0)).startsWith(switch (db.engine()) {
      case POSTGRESQL, MARIADB -> "INSERT INTO";
      case H2 -> "MERGE INTO";
    });
  }

  @DatabaseTest
  void updateOnlyTheChosenColumns(TestDatabase db) {
    stocks.create(Stock.of("A-1", 3, "keep me"));

    Stock row = stocks.upsert(Stock.of("A-1", 9, "ignored"),
        OnConflict.on(StockTable.SKU).update(StockTable.QUANTITY)).row();

    assertThat(rows()).containsExactly("A-1|9|keep me");
    assertThat(row.note()).isEqualTo("keep me");
  }

  @DatabaseTest
  void bulkCreateWithUpdateOnDuplicate(TestDatabase db) {
    Stock a = stocks.create(Stock.of("A-1", 3, "old"));
    db.counter().reset();

    List<Stock> result = stocks.bulkCreate(List.of(Stock.of("C-3", 1, "c"),
            Stock.of("A-1", 30, "a"), Stock.of("B-2", 2, "b")),
        OnConflict.on(StockTable.SKU).update(StockTable.QUANTITY));

    assertThat(result).extracting(Stock::sku).containsExactly("C-3", "A-1", "B-2");
    assertThat(result.get(1).id()).isEqualTo(a.id());
    assertThat(result.get(1).createdAt()).isEqualTo(a.createdAt());
    assertThat(result).allMatch(s -> s.id() != null && s.updatedAt() != null);
    assertThat(rows()).containsExactly("A-1|30|old", "B-2|2|b", "C-3|1|c");
    assertThat(db.counter().count()).as("one batch, one SELECT").isEqualTo(2);
  }

  @DatabaseTest
  void aConflictOnColumnsThatAreNotUniqueIsRefused(TestDatabase db) {
    assertThatThrownBy(() -> stocks.upsert(Stock.of("A-1", 1, null),
            OnConflict.on(StockTable.NOTE)))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessage("Cannot upsert into stocks on [note]: a conflict needs the primary key or the"
            + " columns of a unique index; stocks has (id), sku (stocks_sku_unique)");
    assertThat(db.counter().count()).isZero();
  }

  @DatabaseTest
  void nothingToUpdateLeavesTheStoredRow(TestDatabase db) {
    SeedDb.sync(db, "labels");
    LabelDao labels = db.jdbi().onDemand(LabelDao.class);
    Label java = labels.create(Label.of("java"));
    db.counter().reset();

    Upserted<Label> again = labels.upsert(Label.of("java"), OnConflict.on(LabelTable.NAME));

    assertThat(again.row()).isEqualTo(java);
    // MariaDB counts an unchanged row like an inserted one (Connector/J's CLIENT_FOUND_ROWS).
    assertThat(again.created()).isEqualTo(db.engine() == Engine.POSTGRESQL
        ? Optional.of(false) : Optional.empty());
    assertThat(SeedDb.lines(db, "SELECT COUNT(*) FROM \"labels\"")).containsExactly("1");
  }
}
