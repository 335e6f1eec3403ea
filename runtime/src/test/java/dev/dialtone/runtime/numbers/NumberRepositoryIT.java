package dev.dialtone.runtime.numbers;

import static dev.dialtone.db.Tables.NUMBERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dialtone.runtime.db.TestDatabase;
import dev.dialtone.runtime.flows.FlowRepository;
import dev.dialtone.runtime.flows.FlowVersionRepository;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

@ParameterizedClass
@EnumSource(TestDatabase.class)
class NumberRepositoryIT {

  @Parameter TestDatabase database;

  NumberRepository numbers;
  FlowVersionRepository versions;
  UUID mainMenu;
  UUID support;

  @BeforeEach
  void setUp() {
    database.reset();
    numbers = new NumberRepository(database.dsl());
    versions = new FlowVersionRepository(database.dsl());
    FlowRepository flows = new FlowRepository(database.dsl());
    mainMenu = flows.create("Main menu", "{}", "alice").id();
    support = flows.create("Support", "{}", "alice").id();
  }

  @Test
  void createdNumbersReadBackWithTheirFlow() {
    assertThat(numbers.create("+4930901820", mainMenu)).isEqualTo(CreateNumberResult.CREATED);
    assertThat(numbers.create("+4940555555", null)).isEqualTo(CreateNumberResult.CREATED);

    PhoneNumber routed = numbers.find("+4930901820").orElseThrow();
    assertThat(routed.flowId()).isEqualTo(mainMenu);
    assertThat(routed.flowName()).isEqualTo("Main menu");
    assertThat(routed.createdAt()).isNotNull().isEqualTo(routed.updatedAt());
    PhoneNumber spare = numbers.find("+4940555555").orElseThrow();
    assertThat(spare.flowId()).isNull();
    assertThat(spare.flowName()).isNull();
    assertThat(numbers.find("+4989000000")).isEmpty();
  }

  @Test
  void aDuplicateNumberIsReportedAndChangesNothing() {
    numbers.create("+4930901820", mainMenu);

    assertThat(numbers.create("+4930901820", support)).isEqualTo(CreateNumberResult.ALREADY_EXISTS);

    assertThat(numbers.list())
        .singleElement()
        .satisfies(n -> assertThat(n.flowId()).isEqualTo(mainMenu));
  }

  @Test
  void aNumberForAnUnknownFlowIsReportedAndNotStored() {
    assertThat(numbers.create("+4930901820", UUID.randomUUID()))
        .isEqualTo(CreateNumberResult.FLOW_NOT_FOUND);

    assertThat(numbers.find("+4930901820")).isEmpty();
  }

  /** On PostgreSQL an error aborts the whole transaction unless the repository used a savepoint. */
  @Test
  void aDuplicateDoesNotSpoilTheCallersTransaction() {
    numbers.create("+4930901820", null);

    database
        .dsl()
        .transaction(
            tx -> {
              NumberRepository inTx = new NumberRepository(tx.dsl());
              assertThat(inTx.create("+4930901820", null))
                  .isEqualTo(CreateNumberResult.ALREADY_EXISTS);
              assertThat(inTx.create("+4940555555", null)).isEqualTo(CreateNumberResult.CREATED);
            });

    assertThat(numbers.list())
        .extracting(PhoneNumber::number)
        .containsExactly("+4930901820", "+4940555555");
  }

  @Test
  void theShortestAndLongestE164NumbersAreAccepted() {
    assertThat(numbers.create("+12", null)).isEqualTo(CreateNumberResult.CREATED);
    assertThat(numbers.create("+123456789012345", null)).isEqualTo(CreateNumberResult.CREATED);
  }

  /** The repository refuses these before the database; the CHECK is shown by writing around it. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "4930901820",
        "+",
        "+1",
        "+049301",
        "+49 30 901820",
        "+49-30",
        "+4930a",
        "+1234567890123456"
      })
  void numbersThatAreNotE164AreRefusedByRepositoryAndDatabase(String invalid) {
    assertThatThrownBy(() -> numbers.create(invalid, null))
        .isInstanceOf(IllegalArgumentException.class);

    OffsetDateTime now = OffsetDateTime.now();
    assertThatThrownBy(
            () ->
                database
                    .dsl()
                    .insertInto(NUMBERS)
                    .set(NUMBERS.NUMBER, invalid)
                    .set(NUMBERS.CREATED_AT, now)
                    .set(NUMBERS.UPDATED_AT, now)
                    .execute())
        .satisfies(
            e ->
                assertThat(e.getMessage())
                    .containsIgnoringCase(invalid.length() > 16 ? "too long" : "numbers_e164_ck"));
    assertThat(numbers.list()).isEmpty();
  }

  @Test
  void listIsOrderedByNumber() {
    numbers.create("+4989000000", null);
    numbers.create("+4930901820", support);
    numbers.create("+4940555555", mainMenu);

    assertThat(numbers.list())
        .extracting(PhoneNumber::number)
        .containsExactly("+4930901820", "+4940555555", "+4989000000");
  }

  @Test
  void assignRoutesAndUnroutes() {
    numbers.create("+4930901820", null);

    assertThat(numbers.assign("+4930901820", support)).isEqualTo(AssignNumberResult.ASSIGNED);
    assertThat(numbers.find("+4930901820").orElseThrow().flowId()).isEqualTo(support);

    assertThat(numbers.assign("+4930901820", null)).isEqualTo(AssignNumberResult.ASSIGNED);
    assertThat(numbers.find("+4930901820").orElseThrow().flowId()).isNull();
  }

  @Test
  void assignToAnUnknownNumberOrFlowIsReportedAndKeepsTheRoute() {
    numbers.create("+4930901820", mainMenu);

    assertThat(numbers.assign("+4989000000", support))
        .isEqualTo(AssignNumberResult.NUMBER_NOT_FOUND);
    assertThat(numbers.assign("+4930901820", UUID.randomUUID()))
        .isEqualTo(AssignNumberResult.FLOW_NOT_FOUND);

    assertThat(numbers.find("+4930901820").orElseThrow().flowId()).isEqualTo(mainMenu);
    assertThat(numbers.find("+4989000000")).isEmpty();
  }

  @Test
  void deleteRemovesTheNumberOnce() {
    numbers.create("+4930901820", mainMenu);

    assertThat(numbers.delete("+4930901820")).isTrue();
    assertThat(numbers.delete("+4930901820")).isFalse();
    assertThat(numbers.find("+4930901820")).isEmpty();
  }

  @Test
  void countByFlowCountsOnlyThatFlowsNumbers() {
    numbers.create("+4930901820", mainMenu);
    numbers.create("+4930901821", mainMenu);
    numbers.create("+4940555555", support);
    numbers.create("+4989000000", null);

    assertThat(numbers.countByFlow(mainMenu)).isEqualTo(2);
    assertThat(numbers.countByFlow(support)).isEqualTo(1);
    assertThat(numbers.countByFlow(UUID.randomUUID())).isZero();
  }

  @Test
  void routeOfGivesTheFlowAndItsLatestPublishedVersion() {
    numbers.create("+4930901820", mainMenu);
    numbers.create("+4940555555", support);
    numbers.create("+4989000000", null);
    versions.publish(mainMenu, "{}", "<bpmn/>", "alice");
    versions.publish(mainMenu, "{}", "<bpmn/>", "alice");

    assertThat(numbers.routeOf("+4930901820")).contains(new Route("+4930901820", mainMenu, 2));
    assertThat(numbers.routeOf("+4940555555")).contains(new Route("+4940555555", support, null));
    assertThat(numbers.routeOf("+4989000000")).isEmpty();
    assertThat(numbers.routeOf("+4900000000")).isEmpty();
  }
}
