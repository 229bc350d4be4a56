package extract

import (
	"math"
	"sort"
	"strings"
	"testing"
)

// numberCases are the numbers ParseNumber must read, grouped by form.
var numberCases = []struct {
	in   string
	want float64
}{
	// Arabic, both widths, with separators and decimals.
	{"0", 0}, {"7", 7}, {"1956", 1956}, {"007", 7}, {"3.68", 3.68}, {"01.10", 1.1}, {".77", 0.77},
	{"27,203,319,000", 27203319000}, {"1,234.5", 1234.5}, {"100,000", 100000},
	{"２７，２０３，３１９，０００", 27203319000}, {"３．６８", 3.68}, {"１２３", 123}, {"２７,２０３", 27203},

	// Chinese numerals.
	{"零", 0}, {"〇", 0}, {"一", 1}, {"两", 2}, {"兩", 2}, {"十", 10}, {"十一", 11}, {"一十一", 11},
	{"二十", 20}, {"一百二十三", 123}, {"一百零一", 101}, {"一千零一十", 1010}, {"一千零十", 1010},
	{"一万零五", 10005}, {"十万零一", 100001}, {"三万四千五百零七", 34507}, {"一百零四万", 1040000},
	{"一亿五千万零六千三百五十五", 150006355}, {"两千", 2000}, {"两万", 20000}, {"两亿", 2e8},
	{"一千两百", 1200}, {"一亿两万", 100020000}, {"一万零百一十一", 10111}, {"一百十一", 111},
	{"一千一十", 1010}, {"十万零一千", 101000},
	{"九千八百七十六万五千四百三十二亿九千八百七十六万五千四百三十二", 9876543298765432},

	// Magnitude words alone and stacked.
	{"百", 100}, {"千", 1000}, {"万", 1e4}, {"亿", 1e8}, {"十万", 1e5}, {"百万", 1e6}, {"千万", 1e7},
	{"十亿", 1e9}, {"万亿", 1e12}, {"一万亿", 1e12}, {"十万亿", 1e13}, {"一万三千亿", 1.3e12},

	// 廿 卅 卌.
	{"廿", 20}, {"廿二", 22}, {"卅三", 33}, {"五百卅四", 534}, {"一萬零卌", 10040},

	// 大写 and traditional forms.
	{"壹", 1}, {"貳", 2}, {"拾", 10}, {"拾壹", 11}, {"壹拾壹", 11}, {"貳佰零參", 203},
	{"參萬肆仟伍佰陸拾柒", 34567}, {"玖拾陸", 96}, {"壹仟壹佰壹拾壹", 1111}, {"叁拾", 30},
	{"一萬零四十", 10040}, {"三百萬", 3e6}, {"兩千六", 2600}, {"一億", 1e8},

	// Digit strings.
	{"一九五六", 1956}, {"二〇〇二", 2002}, {"一一", 11}, {"一二三", 123}, {"零一", 1},
	{"零零三", 3}, {"壹壹", 11}, {"一三", 13}, {"九八", 98},

	// Short forms: the last digit counts in the place below.
	{"一百二", 120}, {"一千二", 1200}, {"千一", 1100}, {"一万二", 12000}, {"三万五", 35000},
	{"十三万五", 135000}, {"萬九", 19000}, {"百二萬", 1200000}, {"一百二十万三", 1203000},
	{"一亿五", 1.5e8}, {"一千二百五", 1250}, {"一千五万", 1.5e7},

	// Spoken decimals.
	{"三点五", 3.5}, {"零点一", 0.1}, {"一點一", 1.1}, {"零點五", 0.5}, {"零点零", 0},
	{"一七二零点一", 1720.1}, {"一七二零点一三四", 1720.134}, {"一二点三零", 12.3},
	{"十二万三千点零", 123000}, {"一百点123", 100.123}, {"零點77", 0.77}, {"壹点贰", 1.2},
	{"三点五万", 35000}, {"一百二十点五万", 1205000}, {"三点五千万", 35000000},
	{"零点零零零零零零零零零零零零零零一", 1e-15},

	// Arabic and Chinese mixed.
	{"1.2万", 12000}, {"16.4亿", 1640000000}, {"35.1亿", 3510000000}, {"4.78万亿", 4.78e12},
	{"3千万", 3e7}, {"1,100.9亿", 110090000000}, {"10.1万", 101000}, {"100万", 1e6},
	{"12000万", 1.2e8}, {"1.5千", 1500}, {"246.1百万", 246.1e6}, {"335百万", 3.35e8}, {"３万４０００", 34000}, {"3万4000", 34000},
	{"1万600", 10600}, {"1百01", 101}, {"100万三千", 1003000}, {"200亿零四千230", 20000004230},
	{"1万6", 16000}, {"4千230万", 42300000}, {"3万4,000", 34000}, {"1.2萬", 12000},
	{"1十万", 1e5}, {"1万亿", 1e12}, {"1千万", 1e7},

	// Negatives.
	{"-5", -5}, {"－５", -5}, {"−5", -5}, {"负一", -1}, {"負一百二十萬", -1200000},
	{"负零点一零", -0.1}, {"-10.1万", -101000}, {"- 1,200,000", -1200000}, {"负 1200000", -1200000},
	{"负一七二零点一", -1720.1},
}

// numberRejects are strings ParseNumber must not read as a number.
var numberRejects = []string{
	"", " ", "点", "万万", "十十", "亿万", "亿亿", "1..2", "10..1万", "1.", "1,2345", "12,34",
	"1,234,5", ",5", "0,5", "1.2.3", "123.1.1", "0.1零", "零点", "点零", "点一", "零点点",
	"零点零大", "负", "-", "百十一", "十一十二", "负十一十二", "十七十八", "元整", "圆",
	"10.1万零100", "一二", "三四", "七八", "两三", "一两", "三四十", "七八万", "十三四",
	"一万两", "十两", "二十两", "一百零两", "两十", "三点两", "一万五亿", "一百二点五",
	"5点", "5点30", "三点三十", "十二点三十", "三点五千", "十二点五百", "一万点五万", "15百", "30千", "一百一百",
	"一万二千万", "二十零五", "一百零", "零一百", "100零5", "1二3", "1 000", " 1", "1 ",
	"1e5", "0x10", "Inf", "NaN", "1_000", "+5", "一万十", "万十", "1.5万3千", "3万40000",
	"1百100", "百零", "三千亿亿", "十万千", "一千百", "廿十", "点廿", "三点廿", "万零",
	"1-2", "--1", "负负一", "5%", "一个", "一半", "二分之一", "100K", "3M", "4十6", "1十八点二",
	"三百十8", "十3亿94", "三十0万零4", "六十07", "负0十万", "百亿一十01",
	strings.Repeat("9", 400), strings.Repeat("一", 30) + "万",
	"九千九百九十九万九千九百九十九亿九千九百九十九万九千九百九十九万",
}

func TestParseNumber(t *testing.T) {
	for _, c := range numberCases {
		got, ok := ParseNumber(c.in)
		if !ok || !sameNumber(got, c.want) {
			t.Errorf("ParseNumber(%q) = %v, %v; want %v, true", c.in, got, ok, c.want)
		}
	}
}

func TestParseNumberRejects(t *testing.T) {
	for _, in := range numberRejects {
		if got, ok := ParseNumber(in); ok {
			t.Errorf("ParseNumber(%q) = %v, true; want false", in, got)
		}
	}
}

// TestParseNumberExact checks that scaled decimals are the nearest float64,
// not the product of two rounded ones.
func TestParseNumberExact(t *testing.T) {
	for _, c := range []struct {
		in   string
		want float64
	}{
		{"16.4亿", 1640000000}, {"0.3万", 3000}, {"1.1万亿", 1.1e12}, {"2.85亿", 285000000},
		{"160.4亿", 16040000000}, {"三点五亿", 350000000},
	} {
		if got, ok := ParseNumber(c.in); !ok || got != c.want {
			t.Errorf("ParseNumber(%q) = %v, %v; want exactly %v", c.in, got, ok, c.want)
		}
	}
}

func TestParseFraction(t *testing.T) {
	for _, c := range []struct {
		in   string
		want float64
	}{
		{"三分之二", 2.0 / 3}, {"二分之一", 0.5}, {"三分之一", 1.0 / 3}, {"百分之五", 0.05},
		{"十分之一", 0.1}, {"千分之三", 0.003}, {"10分之3", 0.3}, {"四分之三", 0.75},
		{"一又二分之一", 1.5}, {"负三分之一", -1.0 / 3}, {"百分之一百", 1}, {"两分之一", 0.5},
	} {
		got, ok := ParseFraction(c.in)
		if !ok || !sameNumber(got, c.want) {
			t.Errorf("ParseFraction(%q) = %v, %v; want %v, true", c.in, got, ok, c.want)
		}
	}
	for _, in := range []string{
		"", "分之", "三分之", "分之二", "零分之一", "三分之负二", "负三分之负二", "二分一", "一又二分之三",
		"三分之二分之一", "三分之二又一", "十份十一", "一又十分一", "三分 之二", "abc分之一",
	} {
		if got, ok := ParseFraction(in); ok {
			t.Errorf("ParseFraction(%q) = %v, true; want false", in, got)
		}
	}
}

func TestParsePercentWords(t *testing.T) {
	for _, c := range []struct {
		in   string
		want float64
	}{
		{"百分之五", 5}, {"百分之一点五七", 1.57}, {"百分之百", 100}, {"百分之一百二十", 120},
		{"千分之三", 0.3}, {"万分之五", 0.05}, {"萬分之五", 0.05}, {"百分之0.5", 0.5},
		{"负百分之二", -2}, {"百分之三十五点八", 35.8}, {"千分之一点五", 0.15},
	} {
		got, ok := ParsePercentWords(c.in)
		if !ok || !sameNumber(got, c.want) {
			t.Errorf("ParsePercentWords(%q) = %v, %v; want %v, true", c.in, got, ok, c.want)
		}
	}
	for _, in := range []string{
		"", "百分之", "三分之二", "十分之一", "亿分之一", "百分之负五", "百分之五%", "百分五", "分之五",
		"5%", "百分之五十几",
	} {
		if got, ok := ParsePercentWords(in); ok {
			t.Errorf("ParsePercentWords(%q) = %v, true; want false", in, got)
		}
	}
}

// TestNumeralClass keeps NumeralClass, PointClass and SeparatorClass equal
// to the runes ParseNumber knows.
func TestNumeralClass(t *testing.T) {
	var fromTable, fromClass []string
	for r, n := range numeralRunes {
		if n.kind != numPoint {
			fromTable = append(fromTable, string(r))
		}
	}
	for _, r := range strings.NewReplacer("0-9", "", "０-９", "").Replace(NumeralClass) {
		fromClass = append(fromClass, string(r))
	}
	sort.Strings(fromTable)
	sort.Strings(fromClass)
	if strings.Join(fromTable, "") != strings.Join(fromClass, "") {
		t.Errorf("NumeralClass has %s\nnumeralRunes has %s", strings.Join(fromClass, ""), strings.Join(fromTable, ""))
	}
	for _, r := range PointClass + SeparatorClass + "0123456789０１２３４５６７８９" {
		if !IsNumeralRune(r) {
			t.Errorf("IsNumeralRune(%q) = false", r)
		}
	}
	for r := range numeralRunes {
		if !IsNumeralRune(r) {
			t.Errorf("IsNumeralRune(%q) = false", r)
		}
	}
	for _, r := range "负-个元%％ a、。幺半对打" {
		if IsNumeralRune(r) {
			t.Errorf("IsNumeralRune(%q) = true", r)
		}
	}
}

func BenchmarkParseNumber(b *testing.B) {
	var n int64
	for _, c := range numberCases {
		n += int64(len(c.in))
	}
	b.SetBytes(n)
	numbers := 0
	for b.Loop() {
		for _, c := range numberCases {
			ParseNumber(c.in)
		}
		numbers += len(numberCases)
	}
	b.ReportMetric(float64(numbers)/b.Elapsed().Seconds(), "numbers/s")
}

// sameNumber reports whether a and b agree within a relative 1e-12, the
// rounding of a float64 sum or quotient.
func sameNumber(a, b float64) bool {
	if a == b {
		return true
	}
	return math.Abs(a-b) <= 1e-12*math.Max(math.Abs(a), math.Abs(b))
}
