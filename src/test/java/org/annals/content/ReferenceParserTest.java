package org.annals.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.annals.Fixtures;
import org.annals.diag.Diagnostic;
import org.annals.diag.Diagnostics;
import org.annals.model.Paper;
import org.annals.model.PartialDate;
import org.annals.model.Reference;
import org.junit.jupiter.api.Test;

class ReferenceParserTest {

  @Test
  void parsesEveryFieldOfTheFirstPapersReferences() throws Exception {
    Paper paper = Fixtures.firstPaper();
    assertThat(paper.references()).extracting(
            Reference::number, Reference::authors, Reference::year, Reference::title,
            r -> r.published().orElse(null), r -> r.publishedDate().map(PartialDate::iso).orElse(null),
            r -> r.url().orElse(null))
        .containsExactly(
            tuple(1, List.of("Viet Anh"), 2021, "US-Japan build new-era relations", "April 19, 2021", "2021-04-19",
                "https://www.sggp.org.vn/my-nhat-tao-dung-quan-he-thoi-ky-moi-post590950.html"),
            tuple(2, List.of("Pham Binh"), 2021, "Trends in US-China relations during President Joe Biden's term",
                "July 9, 2021", "2021-07-09",
                "http://tapchiquptd.vn/vi/quoc-phong-quan-su-nuoc-ngoai/chieu-huong-quan-he-my-trung-quoc-trong-nhiem-ky-cua-tong-thong-joe-biden/17331.html"),
            tuple(3, List.of("Ashley Townshend", "Tom Corben"), 2021,
                "Beyond Alliance Repair: Biden Must Do More in the Indo-Pacific", "September 13, 2021", "2021-09-13",
                "https://thediplomat.com/2021/09/beyond-alliance-repair-biden-must-do-more-in-the-indo-pacific/"),
            tuple(4, List.of("Binh Giang"), 2024, "Japan's election shock could make China more assertive",
                "October 29, 2024", "2024-10-29",
                "https://tienphong.vn/cu-soc-bau-cu-o-nhat-ban-co-the-khien-trung-quoc-quyet-liet-hon-post1686653.tpo"),
            tuple(5, List.of("Nguyen Hai Hoanh"), 2019,
                "Made in China 2025: China's ambition to develop its manufacturing industry", "June 27, 2019",
                "2019-06-27", "https://nghiencuuquocte.org/2019/06/27/madein-china-2025/"),
            tuple(6, List.of("Do Mai Lan", "Chu Cong Huy"), 2024,
                "Looking back at US-China relations in 2023 and forecasting the trend in 2024", "March 31, 2024",
                "2024-03-31",
                "https://www.tapchicongsan.org.vn/web/guest/the-gioi-van-de-su-kien/-/2018/908502/nhin-lai-quan-he-my---trung-quoc-nam-2023--va-du-bao-chieu-huong-nam-2024.aspx"),
            tuple(7, List.of("Murad Jandali"), 2024,
                "An Unprecedented Shift: How the U.S.-Japan Alliance Reached Its Highest Level in 60 Years",
                "April 2024", "2024-04",
                "https://www.alestiklal.net/en/article/an-unprecedented-shift-how-the-us-japan-alliance-reached-its-highest-level-in-60-years"),
            tuple(8, List.of("Kim Khanh"), 2024, "The Trip to Upgrade the Strategic Alliance", "April 12, 2024",
                "2024-04-12",
                "https://cand.com.vn/binh-luan-quoc-te/chuyen-cong-du-nang-cap-moi-quan-he-dong-minh-chien-luoc-i728021/"),
            tuple(9, List.of("Wayne M. Morrison"), 2019,
                "China's Economic Rise: History, Trends, Challenges, and Implications for the United States",
                "June 25, 2019", "2019-06-25",
                "https://www.everycrsreport.com/files/20190625_RL33534_088c5467dd11365dd4ab5f72133db289fa10030f.pdf"),
            tuple(10, List.of("Xuan Phong"), 2023,
                "Japan and the United States Cooperate to Develop Next-Generation Semiconductors", "May 27, 2023",
                "2023-05-27",
                "https://www.vietnamplus.vn/nhat-ban-va-my-hop-tac-phat-trien-chat-ban-dan-the-he-tiep-theo-post864872.vnp"),
            tuple(11, List.of("Nguyen Tran Xuan Son"), 2021,
                "Prospects for US-Japan relations under US President Joe Biden", "March 23, 2021", "2021-03-23",
                "https://www.tapchicongsan.org.vn/web/guest/tin-binh-luan/-/asset_publisher/DLIYi5AJyFzY/content/trien-vong-quan-he-my-nhat-ban-duoi-thoi-tong-thong-my-joe-biden"),
            tuple(12, List.of("Statista"), 2024,
                "Growth of the real gross domestic product (GDP) in Japan from 1st quarter 2017 to 2nd quarter 2024",
                "October 16, 2024", "2024-10-16",
                "https://www.statista.com/statistics/276942/gross-domestic-product-gdp-growth-rate-in-japan-by-quarter/"),
            tuple(13, List.of("Niklas Swanström"), 2020,
                "The Case for Multilateralism: The Korean Peninsula in a Regional Context", "June 04, 2020",
                "2020-06-04", "https://isdpr.eu/publication/case-multilateralismkorean-peninsula-regional-context/"),
            tuple(14, List.of("Truong Son", "Cong Tung"), 2021,
                "US President Joe Biden welcomes Japanese Prime Minister Suga Yoshihide at the White House",
                "April 17, 2021", "2021-04-17",
                "https://vtv.vn/the-gioi/tong-thong-my-joe-biden-tiep-don-thu-tuong-nhat-ban-suga-yoshihide-tai-nha-trang-202104170628193.htm"),
            tuple(15, List.of("Hang Hao Vu"), 2024, "Potential risks from “upgrading” the US-Japan alliance",
                "May 15, 2024", "2024-05-15", "https://nghienluc.org/rui-ro-tiem-an-tu-viec-nang-cap-lien-minh-my-nhat-ban/"));
    assertThat(paper.references().get(0).position().line()).isEqualTo(126);
  }

  private static final String FRONT = "---\ntitle: T\nauthors:\n  - name: A\n---\n## 1. One\n\nText.\n\n## References\n\n";

  private static List<Reference> parse(String entries, Diagnostics diagnostics) {
    return new PaperReader(diagnostics).read("x", Path.of("paper.md"), FRONT + entries)
        .map(Paper::references).orElse(List.of());
  }

  @Test
  void readsEntriesWithoutDateOrUrlAndWithAYearLetter() {
    Diagnostics diagnostics = new Diagnostics();
    List<Reference> references = parse(
        "1. [1]. World Bank. (2020a). *Report*.\n2. [2]. A. B. Smith, C. Jones & D. Lee. (2019). *Book*. 2019-05.\n",
        diagnostics);
    assertThat(diagnostics.list()).isEmpty();
    assertThat(references).extracting(Reference::authors, Reference::yearSuffix, r -> r.published().orElse(""),
            Reference::url)
        .containsExactly(
            tuple(List.of("World Bank"), "a", "", Optional.empty()),
            tuple(List.of("A. B. Smith", "C. Jones", "D. Lee"), "", "2019-05", Optional.empty()));
  }

  @Test
  void reportsEachEntryThatDoesNotParseWithItsPosition() {
    Diagnostics diagnostics = new Diagnostics();
    parse("- [1]. Smith. 2020. *No parentheses*.\n"
        + "- Smith. (2020). *No number*.\n"
        + "- [3]. Smith. (2020).\n"
        + "- [4]. Smith. (2020). *Title*. February 30, 2021. <https://example.org>\n"
        + "- [5]. Smith. (2020). *Title*. <https://example.org> trailing words\n",
        diagnostics);
    assertThat(diagnostics.list()).extracting(Diagnostic::headline).containsExactly(
        "paper.md:12:3: error: reference entry does not give 'Author(s). (Year).' before its title",
        "paper.md:13:3: error: reference entry does not start with its number in brackets, like [1].",
        "paper.md:14:3: error: reference [3] has no title",
        "paper.md:15:32: error: reference [4]: 'February 30, 2021' is not a date",
        "paper.md:16:54: error: reference [5] has text after its URL");
    assertThat(diagnostics.list().get(0).hint())
        .isEqualTo("write each entry as [1]. Author & Author. (2021). *Title*. April 19, 2021. <https://…>, or in APA's"
            + " form: Smith, J., & Lee, A. (2020). Title. *Journal*, *12*(3), 45–67. https://doi.org/…");
  }

  @Test
  void reportsADuplicateNumber() {
    Diagnostics diagnostics = new Diagnostics();
    parse("- [1]. Smith. (2020). *One*.\n- [1]. Lee. (2020). *Two*.\n", diagnostics);
    assertThat(diagnostics.list()).extracting(Diagnostic::headline)
        .containsExactly("paper.md:13:3: error: reference [1] appears twice");
  }
}
