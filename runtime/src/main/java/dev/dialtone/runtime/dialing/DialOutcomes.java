package dev.dialtone.runtime.dialing;

import dev.dialtone.runtime.legs.CallLeg;

/** Where the end of a groupcall goes for the caller's flow to go on. */
public interface DialOutcomes {

  void finished(CallLeg master, DialResult result);
}
