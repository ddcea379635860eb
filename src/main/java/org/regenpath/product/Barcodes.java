package org.regenpath.product;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.datamatrix.DataMatrixWriter;
import com.google.zxing.datamatrix.encoder.SymbolShapeHint;
import com.google.zxing.oned.Code128Writer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * The labels' barcodes, drawn by ZXing as black-and-white PNG images with one pixel per module, for the PDF to
 * scale to an exact module size in millimetres (a page cannot hold inline SVG without an extra module). Code 128
 * is what every USB scanner reads; the DataMatrix carries the same text for 2D imagers and damaged labels.
 */
final class Barcodes {

    /** A barcode ready for the page: the PNG as a data URI and its size in modules, quiet zones included. */
    record Symbol(String dataUri, int widthModules, int heightModules) {

        /** The width on the page, in millimetres, at the given module size. */
        double widthMm(double moduleMm) {
            return widthModules * moduleMm;
        }
    }

    /** Code 128 needs a quiet zone of at least ten modules either side (ISO/IEC 15417). */
    static final int CODE128_QUIET_ZONE = 10;
    /** DataMatrix needs a quiet zone of at least one module all round (ISO/IEC 16022); two leave room. */
    static final int DATAMATRIX_QUIET_ZONE = 2;

    private Barcodes() {
    }

    /** A Code 128 symbol of the text (ZXing picks code sets B and C to keep it short), one pixel high. */
    static Symbol code128(String text) {
        try {
            BitMatrix m = new Code128Writer().encode(text, BarcodeFormat.CODE_128, 0, 1,
                    Map.of(EncodeHintType.MARGIN, CODE128_QUIET_ZONE));
            return new Symbol(png(m, 0), m.getWidth(), 1);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Code 128 cannot encode: " + text, e);
        }
    }

    /** A square DataMatrix (ECC 200) symbol of the text, with its quiet zone. */
    static Symbol dataMatrix(String text) {
        BitMatrix m = new DataMatrixWriter().encode(text, BarcodeFormat.DATA_MATRIX, 0, 0,
                Map.of(EncodeHintType.DATA_MATRIX_SHAPE, SymbolShapeHint.FORCE_SQUARE));
        return new Symbol(png(m, DATAMATRIX_QUIET_ZONE), m.getWidth() + 2 * DATAMATRIX_QUIET_ZONE,
                m.getHeight() + 2 * DATAMATRIX_QUIET_ZONE);
    }

    private static String png(BitMatrix m, int quiet) {
        int white = 0xFFFFFFFF;
        int black = 0xFF000000;
        BufferedImage image = new BufferedImage(m.getWidth() + 2 * quiet, m.getHeight() + 2 * quiet,
                BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int mx = x - quiet;
                int my = y - quiet;
                boolean dark = mx >= 0 && my >= 0 && mx < m.getWidth() && my < m.getHeight() && m.get(mx, my);
                image.setRGB(x, y, dark ? black : white);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
    }
}
