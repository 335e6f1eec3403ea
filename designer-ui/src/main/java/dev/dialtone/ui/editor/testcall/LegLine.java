package dev.dialtone.ui.editor.testcall;

import java.util.UUID;

/**
 * One chained leg as the panel lists it.
 *
 * @param destination null until its record is read
 * @param state {@code dialing}, {@code ringing}, {@code answered}, {@code bridged}, {@code
 *     cancelling}, {@code ending}, or once ended {@code cancelled}, {@code busy}, {@code dialout},
 *     {@code failed}, {@code rejected}, {@code timeout}, {@code ended}
 * @param reason the hang-up reason and side ("cancel (by local)"); null while the leg is live
 * @param bridged whether the caller was bridged with it (it stays so after it ended)
 */
public record LegLine(
    UUID legId, String destination, String state, String reason, boolean bridged) {}
