package dev.dialtone.runtime.numbers;

import dev.dialtone.runtime.problems.ConflictException;
import dev.dialtone.runtime.problems.InvalidInputException;
import dev.dialtone.runtime.problems.NotFoundException;
import java.util.List;
import java.util.UUID;

/** Phone numbers and the flows they route to. Numbers are E.164: '+' then 2 to 15 digits. */
public class NumberService {

  private final NumberRepository numbers;
  private final Runnable routesChanged;

  public NumberService(NumberRepository numbers, Runnable routesChanged) {
    this.numbers = numbers;
    this.routesChanged = routesChanged;
  }

  public PhoneNumber create(String number, UUID flowId) {
    requireE164(number);
    return switch (numbers.create(number, flowId)) {
      case CREATED -> changed(get(number));
      case ALREADY_EXISTS ->
          throw new ConflictException("number_taken", "number " + number + " already exists");
      case FLOW_NOT_FOUND -> throw unknownFlow(flowId);
    };
  }

  public PhoneNumber get(String number) {
    return numbers.find(number).orElseThrow(() -> notFound(number));
  }

  public List<PhoneNumber> list() {
    return numbers.list();
  }

  /** Routes the number to a flow, or to nothing when {@code flowId} is null. */
  public PhoneNumber assign(String number, UUID flowId) {
    return switch (numbers.assign(number, flowId)) {
      case ASSIGNED -> changed(get(number));
      case NUMBER_NOT_FOUND -> throw notFound(number);
      case FLOW_NOT_FOUND -> throw unknownFlow(flowId);
    };
  }

  public void delete(String number) {
    if (!numbers.delete(number)) {
      throw notFound(number);
    }
    routesChanged.run();
  }

  private PhoneNumber changed(PhoneNumber number) {
    routesChanged.run();
    return number;
  }

  private static void requireE164(String number) {
    if (!E164.isValid(number)) {
      throw InvalidInputException.of(
          "number",
          "not_e164",
          "number must be E.164: '+' then 2 to 15 digits (no leading 0) and nothing else, got "
              + (number == null ? "nothing" : "'" + number + "'"));
    }
  }

  private static InvalidInputException unknownFlow(UUID flowId) {
    return InvalidInputException.of("flow_id", "unknown_flow", "there is no flow " + flowId);
  }

  private static NotFoundException notFound(String number) {
    return new NotFoundException("no number " + number);
  }
}
