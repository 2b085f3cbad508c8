package org.credence.sanction;

/** The three classes of the national basic list of joint measures. */
public enum MeasureClass {
    /** Measures by public bodies that reduce rights or add obligations; only with a legal basis. */
    RIGHTS_REDUCING(1),
    /** Management measures within a department's own duties. */
    MANAGEMENT(2),
    /** Measures non-government bodies take autonomously; shown as information, never forced. */
    AUTONOMOUS(3);

    private final int number;

    MeasureClass(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }
}
