package org.communitychest.monitoring.outcomes;

import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Function;
import org.communitychest.base.Message;

/** What the results report a change in: the SWEMWBS metric score, and each ONS4 item on its own. */
public enum OutcomeMeasure {
    SWEMWBS("outcomes.measure.swemwbs", false, m -> m.swemwbs().metricScore()),
    ONS4_SATISFIED("outcomes.measure.ons4-satisfied", Ons4Item.SATISFIED),
    ONS4_WORTHWHILE("outcomes.measure.ons4-worthwhile", Ons4Item.WORTHWHILE),
    ONS4_HAPPY("outcomes.measure.ons4-happy", Ons4Item.HAPPY),
    ONS4_ANXIOUS("outcomes.measure.ons4-anxious", Ons4Item.ANXIOUS);

    private final String labelKey;
    private final boolean lowerIsBetter;
    private final Function<Measurement, OptionalDouble> value;

    OutcomeMeasure(String labelKey, boolean lowerIsBetter, Function<Measurement, OptionalDouble> value) {
        this.labelKey = labelKey;
        this.lowerIsBetter = lowerIsBetter;
        this.value = value;
    }

    OutcomeMeasure(String labelKey, Ons4Item item) {
        this(labelKey, item.lowerIsBetter(), m -> asDouble(m.ons4().answer(item)));
    }

    public Message label() {
        return Message.of(labelKey);
    }

    /** Whether a negative change is an improvement, as it is for anxiety. */
    public boolean lowerIsBetter() {
        return lowerIsBetter;
    }

    /** The measurement's value on this measure, or empty when it does not have one. */
    public OptionalDouble valueIn(Measurement measurement) {
        return value.apply(measurement);
    }

    private static OptionalDouble asDouble(OptionalInt answer) {
        return answer.isPresent() ? OptionalDouble.of(answer.getAsInt()) : OptionalDouble.empty();
    }
}
