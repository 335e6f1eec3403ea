package dev.dialtone.runtime.numbers;

import static dev.dialtone.db.Tables.FLOWS;
import static dev.dialtone.db.Tables.FLOW_VERSIONS;
import static dev.dialtone.db.Tables.NUMBERS;
import static dev.dialtone.runtime.db.Timestamps.instant;
import static dev.dialtone.runtime.db.Timestamps.utc;

import dev.dialtone.runtime.db.SqlErrors;
import dev.dialtone.runtime.db.Timestamps;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;

/**
 * Phone numbers and their routes. Uniqueness and the flow's existence are left to the database's
 * keys: a check-then-insert would race with another writer.
 */
public class NumberRepository {

  private final DSLContext dsl;

  public NumberRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  /**
   * Registers a number, optionally routed to a flow.
   *
   * @throws IllegalArgumentException if {@code number} is not E.164; check {@link E164#isValid}
   *     first
   */
  public CreateNumberResult create(String number, UUID flowIdOrNull) {
    E164.require(number);
    OffsetDateTime now = utc(Timestamps.now());
    try {
      // own transaction (or savepoint): a failed insert must not poison the caller's transaction
      dsl.transaction(
          tx ->
              tx.dsl()
                  .insertInto(NUMBERS)
                  .set(NUMBERS.NUMBER, number)
                  .set(NUMBERS.FLOW_ID, flowIdOrNull)
                  .set(NUMBERS.CREATED_AT, now)
                  .set(NUMBERS.UPDATED_AT, now)
                  .execute());
      return CreateNumberResult.CREATED;
    } catch (RuntimeException e) {
      if (SqlErrors.isUniqueViolation(e)) {
        return CreateNumberResult.ALREADY_EXISTS;
      }
      if (SqlErrors.isForeignKeyViolation(e)) {
        return CreateNumberResult.FLOW_NOT_FOUND;
      }
      throw e;
    }
  }

  public Optional<PhoneNumber> find(String number) {
    return selectNumbers()
        .where(NUMBERS.NUMBER.eq(number))
        .fetchOptional(NumberRepository::toPhoneNumber);
  }

  public List<PhoneNumber> list() {
    return selectNumbers().orderBy(NUMBERS.NUMBER).fetch(NumberRepository::toPhoneNumber);
  }

  /** Routes a number to a flow, or unroutes it with {@code null}. */
  public AssignNumberResult assign(String number, UUID flowIdOrNull) {
    try {
      int updated =
          dsl.transactionResult(
              tx ->
                  tx.dsl()
                      .update(NUMBERS)
                      .set(NUMBERS.FLOW_ID, flowIdOrNull)
                      .set(NUMBERS.UPDATED_AT, utc(Timestamps.now()))
                      .where(NUMBERS.NUMBER.eq(number))
                      .execute());
      return updated == 1 ? AssignNumberResult.ASSIGNED : AssignNumberResult.NUMBER_NOT_FOUND;
    } catch (RuntimeException e) {
      if (SqlErrors.isForeignKeyViolation(e)) {
        return AssignNumberResult.FLOW_NOT_FOUND;
      }
      throw e;
    }
  }

  /**
   * @return false if there was no such number
   */
  public boolean delete(String number) {
    return dsl.deleteFrom(NUMBERS).where(NUMBERS.NUMBER.eq(number)).execute() == 1;
  }

  /** How many numbers route to a flow; deleting a flow is refused while this is above zero. */
  public int countByFlow(UUID flowId) {
    return dsl.fetchCount(NUMBERS, NUMBERS.FLOW_ID.eq(flowId));
  }

  /** The route for an incoming call: empty if the number is unknown or assigned to no flow. */
  public Optional<Route> routeOf(String number) {
    var latestVersion =
        DSL.field(
            DSL.select(DSL.max(FLOW_VERSIONS.VERSION))
                .from(FLOW_VERSIONS)
                .where(FLOW_VERSIONS.FLOW_ID.eq(NUMBERS.FLOW_ID)));
    return dsl.select(NUMBERS.NUMBER, NUMBERS.FLOW_ID, latestVersion)
        .from(NUMBERS)
        .where(NUMBERS.NUMBER.eq(number).and(NUMBERS.FLOW_ID.isNotNull()))
        .fetchOptional(r -> new Route(r.value1(), r.value2(), r.value3()));
  }

  private SelectOnConditionStep<Record> selectNumbers() {
    return dsl.select(NUMBERS.fields())
        .select(FLOWS.NAME)
        .from(NUMBERS)
        .leftJoin(FLOWS)
        .on(FLOWS.ID.eq(NUMBERS.FLOW_ID));
  }

  private static PhoneNumber toPhoneNumber(Record r) {
    return new PhoneNumber(
        r.get(NUMBERS.NUMBER),
        r.get(NUMBERS.FLOW_ID),
        r.get(FLOWS.NAME),
        instant(r.get(NUMBERS.CREATED_AT)),
        instant(r.get(NUMBERS.UPDATED_AT)));
  }
}
