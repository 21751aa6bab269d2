package dev.cca.testing;

/** A text that counts the reads of its characters: for showing that a scanner reads each character a bounded number of times. */
public final class CountedText implements CharSequence {
    private final String s;
    private long reads;

    public CountedText(String s) {
        this.s = s;
    }

    /** Characters read so far through {@link #charAt}. */
    public long reads() {
        return reads;
    }

    @Override
    public int length() {
        return s.length();
    }

    @Override
    public char charAt(int index) {
        reads++;
        return s.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return s.subSequence(start, end);
    }

    @Override
    public String toString() {
        return s;
    }
}
