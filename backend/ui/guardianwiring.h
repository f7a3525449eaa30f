// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 picam-kiosk contributors

#pragma once

class EventNotice;
class EventService;
class MotionIndicator;

// The kiosk screen's part of the guardian wired to the events service, in
// one place for the screen module and the tests:
// - the detection switch has one state, the events service's: the screen's
//   switch asks it (as the MQTT command does, RemoteControl) and shows what
//   it says, so a tap shows on picam/{device}/state/detection and a command
//   moves the screen's switch;
// - the event toast gets each event's start and its snapshot.
namespace GuardianWiring {

void connect(MotionIndicator &indicator, EventNotice &notice, EventService &events);

} // namespace GuardianWiring
