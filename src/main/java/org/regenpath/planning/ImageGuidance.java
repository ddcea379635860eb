package org.regenpath.planning;

/** How the needle is guided to the injection site. */
public enum ImageGuidance {
    ULTRASOUND("Ultrasound"),
    FLUOROSCOPY("Fluoroscopy"),
    NONE("No image guidance");

    private final String label;

    ImageGuidance(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
