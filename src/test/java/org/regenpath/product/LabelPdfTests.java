package org.regenpath.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regenpath.product.ProductFixtures.ANN;
import static org.regenpath.product.ProductFixtures.DR_OKAFOR;
import static org.regenpath.product.ProductFixtures.LEFT_KNEE;
import static org.regenpath.product.ProductFixtures.LEFT_KNEE_PLAN;
import static org.regenpath.product.ProductFixtures.NURSE_LI;
import static org.regenpath.product.ProductFixtures.minutes;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.regenpath.shared.CellSource;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.ProductType;

/**
 * Renders labels and reads them back as a person and a scanner would: the text from the PDF, the barcodes from
 * the page rasterised at 300 dpi. The barcodes must carry exactly what the bedside check accepts. The rendered
 * pages are saved to {@code target/screenshots/} to be looked at.
 */
class LabelPdfTests {

    static final LabelPatient ANN_SMITH = new LabelPatient(ProductFixtures.HERE, ANN, "Smith", "Ann",
            LocalDate.of(1958, 3, 9), "RP-000101");
    static final String CLINIC = "Demo Regenerative Pain Clinic";
    static final float MM = 72f / 25.4f;

    @Test
    void autologousLabelShowsItsIdDatesPatientAndTheWarning() throws IOException {
        CellProduct product = ProductFixtures.released(ANN);
        byte[] pdf = LabelPdf.product(ProductLabel.of(product, ANN_SMITH, CLINIC, ProductFixtures.ZONE));

        String text = text(pdf);
        assertThat(text.replaceAll("\\s", "")).contains(product.id().value());
        assertThat(text).contains("FOR AUTOLOGOUS USE ONLY")
                .as("21 CFR 1271.90(c)(2): no donor testing is recorded")
                .contains("NOT EVALUATED FOR INFECTIOUS SUBSTANCES")
                .contains("Bone marrow concentrate")
                .contains("Autologous bone marrow (iliac crest aspirate)")
                .contains("Collected 7 Dec 2026, 03:00 EST")
                .contains("Expires 7 Dec 2026, 09:00 EST").doesNotContainPattern("\\bUTC\\b")
                .contains("SMITH, Ann")
                .contains("DOB 1958-03-09")
                .contains("MRN RP-000101")
                .contains(CLINIC)
                .contains(LabelPdf.TEMPLATE);
        save(pdf, "label-product-autologous");
    }

    @Test
    void donorProductsDoNotCarryTheAutologousWarning() throws IOException {
        for (CellSource source : List.of(CellSource.ALLOGENEIC_WHARTONS_JELLY, CellSource.ALLOGENEIC_UMBILICAL_CORD,
                CellSource.ALLOGENEIC_PLACENTAL, CellSource.OTHER)) {
            byte[] pdf = LabelPdf.product(new ProductLabel(ProductFixtures.collected(ANN).id(),
                    ProductType.UMBILICAL_WHARTONS_JELLY_PRODUCT, source, Instant.parse("2026-12-07T08:00:00Z"),
                    Instant.parse("2026-12-08T08:00:00Z"), ANN_SMITH, CLINIC, ProductFixtures.ZONE));
            String text = text(pdf);
            assertThat(text).as(source.name()).doesNotContain("AUTOLOGOUS USE")
                    .doesNotContain("NOT EVALUATED FOR INFECTIOUS SUBSTANCES").contains(source.label())
                    .contains("Expires 8 Dec 2026, 03:00 EST");
            if (source == CellSource.ALLOGENEIC_WHARTONS_JELLY) {
                save(pdf, "label-product-allogeneic");
            }
        }
    }

    @Test
    void productLabelIsOneFourByTwoInchPage() throws IOException {
        byte[] pdf = LabelPdf.product(ProductLabel.of(ProductFixtures.released(ANN), ANN_SMITH, CLINIC, ProductFixtures.ZONE));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            PDRectangle page = doc.getPage(0).getMediaBox();
            assertThat(page.getWidth() / MM).isCloseTo(102f, org.assertj.core.data.Offset.offset(0.5f));
            assertThat(page.getHeight() / MM).isCloseTo(51f, org.assertj.core.data.Offset.offset(0.5f));
        }
    }

    @Test
    void scannedLabelAndWristbandPassTheBedsideCheck() throws Exception {
        CellProduct product = ProductFixtures.released(ANN);
        BufferedImage label = raster(LabelPdf.product(ProductLabel.of(product, ANN_SMITH, CLINIC, ProductFixtures.ZONE)));
        BufferedImage wristband = raster(LabelPdf.wristband(ANN_SMITH, CLINIC));

        String code128 = decode(label, BarcodeFormat.CODE_128);
        String dataMatrix = decode(rightUpperCorner(label), BarcodeFormat.DATA_MATRIX);
        String band = decode(wristband, BarcodeFormat.CODE_128);

        assertThat(code128).isEqualTo(product.id().value()).isEqualTo(BedsideCheck.labelScan(product.id()));
        assertThat(dataMatrix).isEqualTo(code128);
        assertThat(band).isEqualTo(Wristbands.code(ProductFixtures.HERE, ANN))
                .matches("RP1P101[0-9A-Z*]");
        BedsideResult result = new BedsideCheck(new RegenpathIdScheme()).check(
                new BedsideScan(band, code128, LEFT_KNEE, ProductFixtures.PLANNED_ML, DR_OKAFOR, NURSE_LI,
                        minutes(60)), ProductFixtures.HERE, LEFT_KNEE_PLAN,
                id -> id.value().equals(product.id().value()) ? Optional.of(product) : Optional.empty(),
                ProductFixtures.ZONE);
        assertThat(result.passed()).as(result.findings().toString()).isTrue();
    }

    @Test
    void wristbandShowsNameBirthDateAndMrn() throws IOException {
        byte[] pdf = LabelPdf.wristband(ANN_SMITH, CLINIC);
        assertThat(text(pdf)).contains("SMITH, Ann").contains("DOB 1958-03-09").contains("MRN RP-000101")
                .contains(Wristbands.code(ProductFixtures.HERE, ANN)).doesNotContain("AUTOLOGOUS")
                .doesNotContain("Patient #");
        save(pdf, "label-wristband");
    }

    @Test
    void namesAreEscapedAndPrintedInTheirOwnAlphabet() throws IOException {
        LabelPatient patient = new LabelPatient(ProductFixtures.HERE, PatientId.of(7), "O'Brien <Żółć> & Иванова", "Zoë \"Q\"",
                LocalDate.of(1970, 1, 2), "A&B-1");
        String text = text(LabelPdf.wristband(patient, "Clinic <One>"));
        assertThat(text).contains("O'BRIEN <ŻÓŁĆ> & ИВАНОВА, Zoë \"Q\"").contains("MRN A&B-1")
                .contains("Clinic <One>");
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(doc);
        }
    }

    static BufferedImage raster(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFRenderer(doc).renderImageWithDPI(0, 300, ImageType.GRAY);
        }
    }

    /**
     * The label's upper right 20 x 25 mm, where the DataMatrix is: ZXing finds a DataMatrix only in an image with
     * nothing else in it, as a 2D imager aimed at it would see it.
     */
    static BufferedImage rightUpperCorner(BufferedImage label) {
        double pixelsPerMm = label.getWidth() / 102.0;
        int width = (int) (20 * pixelsPerMm);
        return label.getSubimage(label.getWidth() - width, 0, width, (int) (32 * pixelsPerMm));
    }

    static String decode(BufferedImage image, BarcodeFormat format) throws NotFoundException {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        return new MultiFormatReader().decode(bitmap, Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(format),
                DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }

    static void save(byte[] pdf, String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        ImageIO.write(raster(pdf), "png", dir.resolve(name + ".png").toFile());
    }
}
