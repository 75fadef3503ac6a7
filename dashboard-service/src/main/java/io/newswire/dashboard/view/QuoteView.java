package io.newswire.dashboard.view;

/** A quote as the page shows it; speakerId is null when the speaker is only a role or unknown. */
public record QuoteView(String text, String kind, String speakerId, String speakerName, String speakerText,
    String cue, String field) {}
