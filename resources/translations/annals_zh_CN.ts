<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Annals::AnnotationDialog</name>
    <message>
        <source>Annotation</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>e.g. Export controls on ZTE</source>
        <translation>例如：美国对中兴通讯实施出口管制</translation>
    </message>
    <message>
        <source>What happened, and why it matters for the figures</source>
        <translation>发生了什么，以及它对这些数字的意义</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>起始(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>截止(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>标签(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>说明(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>Annals::AnnotationsPanel</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>Mark an event on every chart, starting at the selected year</source>
        <translation>在所有图表上标注一个事件，从所选年份开始</translation>
    </message>
</context>
<context>
    <name>Annals::Application</name>
    <message>
        <source>%1 The file was kept as %2.</source>
        <translation>%1 该文件已保留为 %2。</translation>
    </message>
    <message>
        <source>Annals</source>
        <translation>Annals</translation>
    </message>
    <message>
        <source>The embedded dataset cannot be read: %1</source>
        <translation>无法读取内置数据集：%1</translation>
    </message>
    <message>
        <source>a new project</source>
        <translation>新项目</translation>
    </message>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <source>Annals did not close properly. Recover the unsaved work on %1 as it was at %2?</source>
        <translation>Annals 上次未正常关闭。是否恢复 %1 在 %2 时未保存的工作？</translation>
    </message>
    <message>
        <source>The unsaved work could not be recovered: %1</source>
        <translation>未能恢复未保存的工作：%1</translation>
    </message>
</context>
<context>
    <name>Annals::ChartCatalog</name>
    <message>
        <source>Central S&amp;T spending 中央本级科技支出</source>
        <translation>中央本级科学技术支出</translation>
    </message>
    <message>
        <source>R&amp;D intensity 研发投入强度</source>
        <translation>研发经费投入强度</translation>
    </message>
    <message>
        <source>Keywords in the Government Work Report 政府工作报告 (count)</source>
        <translation>政府工作报告关键词（频次）</translation>
    </message>
    <message>
        <source>Keywords in the Government Work Report 政府工作报告 (per 10k characters)</source>
        <translation>政府工作报告关键词（每万字频次）</translation>
    </message>
    <message>
        <source>Keywords in the Government Work Report 政府工作报告 (change vs previous year, %)</source>
        <translation>政府工作报告关键词（较上年变化，%）</translation>
    </message>
    <message>
        <source>billion yuan (log)</source>
        <translation>十亿元（对数）</translation>
    </message>
    <message>
        <source>billion yuan</source>
        <translation>十亿元</translation>
    </message>
    <message>
        <source>% of GDP</source>
        <translation>占 GDP 的 %</translation>
    </message>
    <message>
        <source>occurrences</source>
        <translation>出现次数</translation>
    </message>
    <message>
        <source>per 10,000 characters</source>
        <translation>每万字</translation>
    </message>
    <message>
        <source>% change of the per-10k rate</source>
        <translation>每万字频次变化 %</translation>
    </message>
    <message>
        <source>growth, %</source>
        <translation>增速，%</translation>
    </message>
    <message>
        <source>% of R&amp;D</source>
        <translation>占研发经费的 %</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算数</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>执行数</translation>
    </message>
    <message>
        <source>Growth, reported</source>
        <translation>增速（公布数）</translation>
    </message>
    <message>
        <source>Growth vs prior actual</source>
        <translation>增速（对上年执行数）</translation>
    </message>
    <message>
        <source>Growth vs prior budget</source>
        <translation>增速（对上年预算数）</translation>
    </message>
    <message>
        <source>Actual growth</source>
        <translation>执行数增速</translation>
    </message>
    <message>
        <source>R&amp;D / GDP (final)</source>
        <translation>研发经费/GDP（最终数）</translation>
    </message>
    <message>
        <source>Revised</source>
        <translation>修订数</translation>
    </message>
    <message>
        <source>Preliminary</source>
        <translation>初步数</translation>
    </message>
    <message>
        <source>Basic research, % of R&amp;D</source>
        <translation>基础研究占研发经费的 %</translation>
    </message>
</context>
<context>
    <name>Annals::ChartCitation</name>
    <message>
        <source>Source: %1.</source>
        <translation>来源：%1。</translation>
    </message>
    <message>
        <source>the report texts of %1–%2 (documents: %3)</source>
        <translation>%1–%2 年报告文本（文件：%3）</translation>
    </message>
    <message>
        <source>counted by Annals</source>
        <translation>由 Annals 统计</translation>
    </message>
    <message>
        <source>counted by %1</source>
        <translation>由 %1 统计</translation>
    </message>
    <message>
        <source>Source: keyword counts in %1, %2.</source>
        <translation>来源：%1中的关键词频次，%2。</translation>
    </message>
    <message>
        <source>Keyword counts: %1, %2.</source>
        <translation>关键词频次：%1，%2。</translation>
    </message>
    <message>
        <source>Vintages: %1.</source>
        <translation>数据版本：%1。</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>Annals %1 · %2</source>
        <translation>Annals %1 · %2</translation>
    </message>
    <message>
        <source>“%1” (%2, %3)</source>
        <translation>“%1”（%2，%3）</translation>
    </message>
    <message>
        <source>%1: figures as published, one per year and vintage; figures the data marks as discrepant are left out.</source>
        <translation>%1：按公布数，每年每种数据版本一个数值；数据中标记为存在出入的数值未列入。</translation>
    </message>
    <message>
        <source>%1: growth rates as printed by the sources.</source>
        <translation>%1：来源所公布的增速。</translation>
    </message>
    <message>
        <source>%1: computed by Annals as (this year&apos;s figure ÷ the previous year&apos;s − 1) × 100.</source>
        <translation>%1：由 Annals 计算，即（本年数 ÷ 上年数 − 1）× 100。</translation>
    </message>
    <message>
        <source>%1: occurrences in each year&apos;s report.</source>
        <translation>%1：各年报告中的出现次数。</translation>
    </message>
    <message>
        <source>%1: occurrences per 10,000 Han characters (words, for English keywords) of each year&apos;s report.</source>
        <translation>%1：各年报告中每万个汉字（英文关键词为每万词）的出现次数。</translation>
    </message>
    <message>
        <source>%1: % change of the per-10,000 rate against the previous year.</source>
        <translation>%1：每万字频次较上年的变化百分比。</translation>
    </message>
    <message>
        <source>Sources: %1.</source>
        <translation>来源：%1。</translation>
    </message>
    <message>
        <source>Keywords were counted by %1 in the report texts of %2–%3 (documents: %4).</source>
        <translation>关键词由 %1 在 %2–%3 年的报告文本中统计（文件：%4）。</translation>
    </message>
    <message>
        <source>Counting rule: %1</source>
        <translation>统计规则：%1</translation>
    </message>
    <message>
        <source>Caveats: %1</source>
        <translation>注意事项：%1</translation>
    </message>
    <message>
        <source>Exported with Annals %1 on %2.</source>
        <translation>于 %2 由 Annals %1 导出。</translation>
    </message>
    <message>
        <source>Data: “%1”, exported with Annals %2 on %3.</source>
        <translation>数据：“%1”，于 %3 由 Annals %2 导出。</translation>
    </message>
</context>
<context>
    <name>Annals::ChartExporter</name>
    <message>
        <source>nothing to chart in %1–%2: the data covers %3–%4</source>
        <translation>%1–%2 年没有可绘制的数据：数据覆盖 %3–%4 年</translation>
    </message>
    <message>
        <source>%1×%2 at scale %3 is %4 megapixels; exports are at least 200×150 and at most %5 megapixels</source>
        <translation>%1×%2 按 %3 倍缩放为 %4 百万像素；导出图像至少为 200×150，至多 %5 百万像素</translation>
    </message>
    <message>
        <source>the image could not be encoded as PNG</source>
        <translation>无法将图像编码为 PNG</translation>
    </message>
    <message>
        <source>Exported by Annals %1 from %2</source>
        <translation>由 Annals %1 从 %2 导出</translation>
    </message>
    <message>
        <source>The chart &quot;%1&quot; shows its figures as &quot;%2&quot;, computed from the values in this file; no value is compared across a series break.</source>
        <translation>图表“%1”将其数据显示为“%2”，由本文件中的数值计算；不跨越序列断点进行比较。</translation>
    </message>
</context>
<context>
    <name>Annals::ChartLayoutEdits</name>
    <message>
        <source>Index %1 = 100: %2</source>
        <translation>指数（%1年=100）：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>The dashboard holds at most %n charts.</source>
        <translation>
            <numerusform>仪表板最多容纳 %n 个图表。</numerusform>
        </translation>
    </message>
    <message>
        <source>The dataset has no series &quot;%1&quot;.</source>
        <translation>数据集中没有序列“%1”。</translation>
    </message>
    <message>
        <source>New chart of %1</source>
        <translation>新建图表：%1</translation>
    </message>
    <message>
        <source>Remove chart %1</source>
        <translation>删除图表：%1</translation>
    </message>
    <message>
        <source>There is no chart %1.</source>
        <translation>没有第 %1 个图表。</translation>
    </message>
    <message>
        <source>Add %1 to %2</source>
        <translation>将%1添加到%2</translation>
    </message>
    <message>
        <source>Remove %1 from %2</source>
        <translation>从%2中删除%1</translation>
    </message>
</context>
<context>
    <name>Annals::ChartLayouts</name>
    <message>
        <source>New chart</source>
        <translation>新建图表</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 and %n more</source>
        <translation>
            <numerusform>%1、%2等（另有 %n 个）</numerusform>
        </translation>
    </message>
    <message>
        <source>Index, %1 = 100</source>
        <translation>指数（%1年=100）</translation>
    </message>
    <message>
        <source>% change vs previous year</source>
        <translation>较上年增长（%）</translation>
    </message>
    <message>
        <source>Absolute values</source>
        <translation>绝对值</translation>
    </message>
    <message>
        <source>Index (base year = 100)</source>
        <translation>指数（基期=100）</translation>
    </message>
    <message>
        <source>The dataset has no series &quot;%1&quot;.</source>
        <translation>数据集中没有序列“%1”。</translation>
    </message>
    <message>
        <source>The keyword chart shows keywords only.</source>
        <translation>关键词图表只显示关键词。</translation>
    </message>
    <message>
        <source>%1 is already on this chart.</source>
        <translation>%1已在此图表中。</translation>
    </message>
    <message numerus="yes">
        <source>A chart holds at most %n added series.</source>
        <translation>
            <numerusform>一个图表最多可添加 %n 个序列。</numerusform>
        </translation>
    </message>
    <message>
        <source>This chart already shows two kinds of unit (one on each axis); %1 needs a third. Put it on a new chart.</source>
        <translation>此图表已显示两种单位（每个坐标轴一种）；%1需要第三种单位。请将其放到新图表中。</translation>
    </message>
</context>
<context>
    <name>Annals::ChartPane</name>
    <message>
        <source>Show absolute values, an index (base year = 100) or the change against the previous year</source>
        <translation>显示绝对值、指数（基期=100）或较上年变化</translation>
    </message>
    <message>
        <source>base </source>
        <translation>基期 </translation>
    </message>
    <message>
        <source>The year whose value is 100</source>
        <translation>数值记为100的年份</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Add or remove series and charts</source>
        <translation>添加或删除序列和图表</translation>
    </message>
    <message>
        <source>Add Series to This Chart…</source>
        <translation>添加序列…</translation>
    </message>
    <message>
        <source>Remove Series</source>
        <translation>删除序列</translation>
    </message>
    <message>
        <source>New Chart…</source>
        <translation>新建图表…</translation>
    </message>
    <message>
        <source>Remove Chart</source>
        <translation>删除图表</translation>
    </message>
    <message>
        <source>Series:</source>
        <translation>序列：</translation>
    </message>
    <message>
        <source>Add Series to This Chart</source>
        <translation>添加序列到此图表</translation>
    </message>
    <message>
        <source>Add Series</source>
        <translation>添加序列</translation>
    </message>
    <message>
        <source>New Chart</source>
        <translation>新建图表</translation>
    </message>
</context>
<context>
    <name>Annals::ChartValuesMenu</name>
    <message>
        <source>Chart &amp;Values</source>
        <translation>图表数值(&amp;V)</translation>
    </message>
</context>
<context>
    <name>Annals::ChineseScript</name>
    <message>
        <source>This report is written in traditional characters: keywords written in simplified characters are undercounted or missed.</source>
        <translation>本报告使用繁体字书写：以简体字书写的关键词会少计或漏计。</translation>
    </message>
</context>
<context>
    <name>Annals::Cli</name>
    <message>
        <source>Usage:
  annals [PROJECT.annals | EXTRACT.json | FIGURES.csv | REPORT.txt]
  annals --help | --version
</source>
        <translation>用法：
  annals [项目.annals | 摘录.json | 数据表.csv | 报告.txt]
  annals --help | --version
</translation>
    </message>
    <message>
        <source>Each command takes --help for its options.
</source>
        <translation>各命令均可使用 --help 查看其选项。
</translation>
    </message>
    <message>
        <source>annals: unknown option &quot;%1&quot;</source>
        <translation>annals：未知选项“%1”</translation>
    </message>
    <message>
        <source>annals: no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set); the commands work without one.</source>
        <translation>annals：没有可用于打开窗口的显示器（DISPLAY 和 WAYLAND_DISPLAY 均未设置）；各命令无需显示器即可运行。</translation>
    </message>
</context>
<context>
    <name>Annals::Cli::ChangesCommand</name>
    <message>
        <source>Usage: annals changes OLD.txt NEW.txt [--keyword K]... [--format text|csv|json]
                      [-o FILE]
Aligns the sentences of two reports: same, added, removed or reworded, with
the changed characters (Chinese) or words (English) of reworded sentences.
  -k, --keyword K       only sentences holding one of the keywords (a group:
                        NAME=A|B)
  --format text|csv|json  text (default): numbers of reworded sentences, then
                        one line a sentence, [-removed-] and {+added+} marked;
                        csv: status,old_sentence,new_sentence,removed,added
                        (character ranges start-end)
  -o, --output FILE     write there (atomically) instead of standard output
</source>
        <translation>用法：annals changes 旧.txt 新.txt [--keyword K]... [--format text|csv|json]
                      [-o 文件]
逐句对齐两份报告：相同、新增、删除或改写；对改写的句子标出改动的
字（中文）或词（英文）。
  -k, --keyword K       只看含有其中某个关键词的句子（词组：NAME=A|B）
  --format text|csv|json  text（默认）：先列出改写句子中的数字，再每行一句，
                        以 [-删除-] 和 {+新增+} 标出；
                        csv：status,old_sentence,new_sentence,removed,added
                        （字符范围 起-止）
  -o, --output 文件     写入该文件（原子写入），而非标准输出
</translation>
    </message>
    <message>
        <source>A keyword.</source>
        <translation>一个关键词。</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>text, csv or json.</source>
        <translation>text、csv 或 json。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Output file.</source>
        <translation>输出文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Help.</source>
        <translation>帮助。</translation>
    </message>
    <message>
        <source>--format must be text, csv or json, not &quot;%1&quot;</source>
        <translation>--format 须为 text、csv 或 json，而非“%1”</translation>
    </message>
    <message>
        <source>name two report files: the old one, then the new one</source>
        <translation>请给出两个报告文件：先旧后新</translation>
    </message>
    <message>
        <source>-k %1: %2</source>
        <translation>-k %1：%2</translation>
    </message>
</context>
<context>
    <name>Annals::Cli::CountCommand</name>
    <message>
        <source>Usage: annals count [-k WORD]... [--keywords FILE] [--group NAME=A|B]...
                    TEXTS_OR_DIRS... [--format csv|json] [--contexts N]
                    [--encoding NAME] [--threads N] [-o FILE]
Counts keywords in report texts (folders: their *.txt files).
  -k, --keyword WORD   a keyword: with a Han character a plain substring,
                       otherwise a whole English word (technolog* = prefix)
  --keywords FILE      UTF-8, one keyword per line, optionally TAB and an
                       English gloss and TAB #rrggbb; &apos;#&apos; starts a comment;
                       NAME=A|B|C declares a group counted once per position
  --group NAME=A|B     a group of keywords
  --format csv|json    csv (default): year,document,keyword,count,per_10k in
                       file order; json: the annals-keyword-counts format
  --contexts N         csv only: adds a context column and, after each count
                       row, up to N rows holding a sentence with the keyword
                       (each sentence once, in the order of the text)
  --encoding NAME      utf-8, utf-16le, utf-16be, gb18030 (default: detect)
  --threads N          files counted in parallel (default: one per core)
  -o, --output FILE    write there (atomically) instead of standard output
</source>
        <translation>用法：annals count [-k 词]... [--keywords 文件] [--group NAME=A|B]...
                    文本或文件夹... [--format csv|json] [--contexts N]
                    [--encoding 名称] [--threads N] [-o 文件]
统计报告文本中的关键词（文件夹：其中的 *.txt 文件）。
  -k, --keyword 词     一个关键词：含汉字的按子串匹配，
                       否则按完整英文单词匹配（technolog* 表示前缀）
  --keywords 文件      UTF-8，每行一个关键词，可加 TAB 和英文释义，
                       再加 TAB 和颜色 #rrggbb；“#”开始注释；
                       NAME=A|B|C 声明一个词组，同一位置只计一次
  --group NAME=A|B     一组关键词
  --format csv|json    csv（默认）：按文件顺序输出
                       year,document,keyword,count,per_10k；
                       json：annals-keyword-counts 格式
  --contexts N         仅限 csv：增加上下文列，并在每个频次行之后
                       列出至多 N 行含有该关键词的句子
                       （每句一次，按文本顺序）
  --encoding 名称      utf-8、utf-16le、utf-16be、gb18030（默认：自动识别）
  --threads N          并行统计的文件数（默认：每个处理器核心一个）
  -o, --output 文件    写入该文件（原子写入），而非标准输出
</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>“%1”列出了两次</translation>
    </message>
    <message>
        <source>A keyword.</source>
        <translation>一个关键词。</translation>
    </message>
    <message>
        <source>WORD</source>
        <translation>词</translation>
    </message>
    <message>
        <source>Keywords file.</source>
        <translation>关键词文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>A group.</source>
        <translation>一个词组。</translation>
    </message>
    <message>
        <source>NAME=A|B</source>
        <translation>NAME=A|B</translation>
    </message>
    <message>
        <source>csv or json.</source>
        <translation>csv 或 json。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Contexts per keyword.</source>
        <translation>每个关键词的上下文句数。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Encoding.</source>
        <translation>编码。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Threads.</source>
        <translation>线程数。</translation>
    </message>
    <message>
        <source>Output file.</source>
        <translation>输出文件。</translation>
    </message>
    <message>
        <source>Help.</source>
        <translation>帮助。</translation>
    </message>
    <message>
        <source>--format must be csv or json, not &quot;%1&quot;</source>
        <translation>--format 须为 csv 或 json，而非“%1”</translation>
    </message>
    <message>
        <source>--contexts needs a number of sentences, 0 or more</source>
        <translation>--contexts 需要一个句数，0 或更大</translation>
    </message>
    <message>
        <source>--contexts works with --format csv only</source>
        <translation>--contexts 只能与 --format csv 一起使用</translation>
    </message>
    <message>
        <source>--threads needs a number, 0 for one per core</source>
        <translation>--threads 需要一个数字，0 表示每个处理器核心一个</translation>
    </message>
    <message>
        <source>unknown encoding &quot;%1&quot;; use utf-8, utf-16le, utf-16be or gb18030</source>
        <translation>未知编码“%1”；请使用 utf-8、utf-16le、utf-16be 或 gb18030</translation>
    </message>
    <message>
        <source>-k takes one keyword (&quot;%1&quot;); use --group NAME=A|B for groups</source>
        <translation>-k 只接受一个关键词（“%1”）；词组请用 --group NAME=A|B</translation>
    </message>
    <message>
        <source>-k %1: %2</source>
        <translation>-k %1：%2</translation>
    </message>
    <message>
        <source>--group %1: expected NAME=A|B</source>
        <translation>--group %1：应为 NAME=A|B</translation>
    </message>
    <message>
        <source>--group %1: %2</source>
        <translation>--group %1：%2</translation>
    </message>
    <message>
        <source>no keywords: give -k WORD, --keywords FILE or --group</source>
        <translation>没有关键词：请给出 -k 词、--keywords 文件或 --group</translation>
    </message>
    <message>
        <source>no texts: name report files or folders to count</source>
        <translation>没有文本：请给出要统计的报告文件或文件夹</translation>
    </message>
    <message>
        <source>annals count: %1% (%2 of %3 MB)</source>
        <translation>annals count：%1%（%2 / %3 MB）</translation>
    </message>
</context>
<context>
    <name>Annals::Cli::DataCommand</name>
    <message>
        <source>Prints the dataset (default: the embedded one) as long CSV: the figures, then a blank line, then the keyword counts.</source>
        <translation>以长格式 CSV 输出数据集（默认为内置数据集）：先是数据，然后一个空行，再是关键词频次。</translation>
    </message>
    <message>
        <source>Load figures from a long CSV file instead.</source>
        <translation>改为从长格式 CSV 文件读取数据。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Load figures from an extract (JSON) instead.</source>
        <translation>改为从摘录文件（JSON）读取数据。</translation>
    </message>
    <message>
        <source>Print only the figures.</source>
        <translation>只输出数据。</translation>
    </message>
    <message>
        <source>Print only the keyword counts.</source>
        <translation>只输出关键词频次。</translation>
    </message>
    <message>
        <source>annals data: unexpected argument &quot;%1&quot;</source>
        <translation>annals data：多余的参数“%1”</translation>
    </message>
    <message>
        <source>annals data: %1</source>
        <translation>annals data：%1</translation>
    </message>
</context>
<context>
    <name>Annals::Cli::ExportCommand</name>
    <message>
        <source>Exports charts and their data without a display.</source>
        <translation>无需显示器即可导出图表及其数据。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Write a PNG image.</source>
        <translation>写出 PNG 图像。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Write an SVG image.</source>
        <translation>写出 SVG 图像。</translation>
    </message>
    <message>
        <source>Write a PDF page.</source>
        <translation>写出 PDF 页面。</translation>
    </message>
    <message>
        <source>Write the data shown as CSV, with FILE.json beside it.</source>
        <translation>将所显示的数据写为 CSV，并在旁边写出 FILE.json。</translation>
    </message>
    <message>
        <source>Size in pixels (default 1600x1000).</source>
        <translation>尺寸，单位为像素（默认 1600x1000）。</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>宽x高</translation>
    </message>
    <message>
        <source>PNG scale, 1 to 4 (default 1).</source>
        <translation>PNG 缩放倍数，1 至 4（默认 1）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Years shown, e.g. 1954-2025 (default: the project&apos;s).</source>
        <translation>显示的年份，如 1954-2025（默认：项目的年份）。</translation>
    </message>
    <message>
        <source>FROM-TO</source>
        <translation>起-止</translation>
    </message>
    <message>
        <source>CSV with a column per series instead of long rows.</source>
        <translation>CSV 每个数据序列一列，而非长格式行。</translation>
    </message>
    <message>
        <source>Start the CSV with a byte order mark (for spreadsheets).</source>
        <translation>CSV 以字节顺序标记（BOM）开头（供电子表格使用）。</translation>
    </message>
    <message>
        <source>The chart alone: no title, sources, notes or credit.</source>
        <translation>仅图表：不含标题、来源、注释和署名。</translation>
    </message>
    <message>
        <source>A project file (optional).</source>
        <translation>项目文件（可选）。</translation>
    </message>
    <message>
        <source>--size must look like 1600x1000 (200x150 to 10000x10000), not &quot;%1&quot;</source>
        <translation>--size 应形如 1600x1000（200x150 至 10000x10000），而非“%1”</translation>
    </message>
    <message>
        <source>--scale must be 1, 2, 3 or 4, not &quot;%1&quot;</source>
        <translation>--scale 须为 1、2、3 或 4，而非“%1”</translation>
    </message>
    <message>
        <source>nothing to write: give --png, --svg, --pdf or --csv</source>
        <translation>没有要写出的内容：请给出 --png、--svg、--pdf 或 --csv</translation>
    </message>
    <message>
        <source>give at most one project file</source>
        <translation>至多给出一个项目文件</translation>
    </message>
    <message>
        <source>--years must look like 1954-2025 (1900 to 2100, first ≤ last), not &quot;%1&quot;</source>
        <translation>--years 应形如 1954-2025（1900 至 2100，起 ≤ 止），而非“%1”</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>已写出 %1</translation>
    </message>
    <message>
        <source>wrote %1 and %1.json</source>
        <translation>已写出 %1 和 %1.json</translation>
    </message>
    <message>
        <source>--chart must be spending, rd, keywords, targets or dashboard, not &quot;%1&quot;</source>
        <translation>--chart 须为 spending、rd、keywords、targets 或 dashboard，而非“%1”</translation>
    </message>
    <message>
        <source>--csv is not written for --chart targets; annals targets writes them</source>
        <translation>--chart targets 不写出 --csv；请用 annals targets 输出这些数据</translation>
    </message>
    <message>
        <source>Values of figure charts: absolute, index or change (% vs previous year; default: the project&apos;s).</source>
        <translation>数据图表的数值：absolute（绝对值）、index（指数）或 change（较上年增长%；默认：按项目设置）。</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Base year of --mode index (default: the first year shown with a value).</source>
        <translation>--mode index 的基期年份（默认：显示范围内第一个有数值的年份）。</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>--mode must be absolute, index or change, not &quot;%1&quot;</source>
        <translation>--mode 必须为 absolute、index 或 change，而不是“%1”</translation>
    </message>
    <message>
        <source>--base-year must be a year from %1 to %2, not &quot;%3&quot;</source>
        <translation>--base-year 必须是 %1 至 %2 之间的年份，而不是“%3”</translation>
    </message>
    <message>
        <source>--base-year needs --mode index</source>
        <translation>--base-year 需要与 --mode index 一起使用</translation>
    </message>
    <message>
        <source>--mode applies to figure charts, not to --chart %1</source>
        <translation>--mode 只适用于数据图表，不适用于 --chart %1</translation>
    </message>
    <message>
        <source>spending, rd, keywords, targets, dashboard (default), or the number of a chart of the project&apos;s dashboard (1 = the first).</source>
        <translation>spending、rd、keywords、targets、dashboard（默认），或项目仪表板中图表的序号（1 = 第一个）。</translation>
    </message>
    <message numerus="yes">
        <source>--chart %1: the dashboard has %n charts</source>
        <translation>
            <numerusform>--chart %1：仪表板只有 %n 个图表</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Annals::Cli::NewTermsCommand</name>
    <message>
        <source>Usage: annals new-terms TEXTS_OR_DIRS... [--year Y]... [--top N] [--dropped]
                        [--stop-list FILE | --no-stop-list]
                        [--format csv|json] [-o FILE]
Lists the phrases that are new in a report year (in no earlier report) and,
with --dropped, those the year dropped (in the report before, in none since).
  --year Y            a year to list (default: every year but the first)
  --top N             at most N rows per year and status (default 100, 0: all)
  --dropped           also list the dropped phrases
  --stop-list FILE    UTF-8, one entry a line (/.../ a regular expression),
                      instead of the default list of boilerplate
  --no-stop-list      list everything
  --format csv|json   csv (default): year,phrase,status,count,later_reports,
                      first_sentence; later_reports is space-separated years
  -o, --output FILE   write there (atomically) instead of standard output
</source>
        <translation>用法：annals new-terms 文本或文件夹... [--year Y]... [--top N] [--dropped]
                        [--stop-list 文件 | --no-stop-list]
                        [--format csv|json] [-o 文件]
列出某年报告中的新提法（此前任何报告中都没有的短语）；加 --dropped 时
还列出该年不再使用的提法（上一年报告中有，此后均无）。
  --year Y            要列出的年份（默认：除第一年外的每一年）
  --top N             每年每种状态至多 N 行（默认 100，0：全部）
  --dropped           同时列出不再使用的提法
  --stop-list 文件    UTF-8，每行一项（/.../ 为正则表达式），
                      代替默认的套话列表
  --no-stop-list      列出全部
  --format csv|json   csv（默认）：year,phrase,status,count,later_reports,
                      first_sentence；later_reports 为以空格分隔的年份
  -o, --output 文件   写入该文件（原子写入），而非标准输出
</translation>
    </message>
    <message>
        <source>A year.</source>
        <translation>一个年份。</translation>
    </message>
    <message>
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <source>Rows per year.</source>
        <translation>每年的行数。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Dropped phrases.</source>
        <translation>不再使用的提法。</translation>
    </message>
    <message>
        <source>Stop-list.</source>
        <translation>停用列表。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>No stop-list.</source>
        <translation>不用停用列表。</translation>
    </message>
    <message>
        <source>csv or json.</source>
        <translation>csv 或 json。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Output file.</source>
        <translation>输出文件。</translation>
    </message>
    <message>
        <source>Help.</source>
        <translation>帮助。</translation>
    </message>
    <message>
        <source>--format must be csv or json, not &quot;%1&quot;</source>
        <translation>--format 须为 csv 或 json，而非“%1”</translation>
    </message>
    <message>
        <source>--top needs a number of rows, 0 for all</source>
        <translation>--top 需要一个行数，0 表示全部</translation>
    </message>
    <message>
        <source>--year needs a year such as 2021, not &quot;%1&quot;</source>
        <translation>--year 需要一个年份，如 2021，而非“%1”</translation>
    </message>
    <message>
        <source>--stop-list and --no-stop-list exclude each other</source>
        <translation>--stop-list 与 --no-stop-list 不能同时使用</translation>
    </message>
    <message>
        <source>no texts: name report files or folders</source>
        <translation>没有文本：请给出报告文件或文件夹</translation>
    </message>
    <message>
        <source>%1: the report&apos;s year is neither in its name nor in its first lines</source>
        <translation>%1：文件名和开头几行中都没有报告的年份</translation>
    </message>
    <message>
        <source>no report of %1 among the texts</source>
        <translation>文本中没有 %1 年的报告</translation>
    </message>
</context>
<context>
    <name>Annals::Cli::Output</name>
    <message>
        <source>write error</source>
        <translation>写入错误</translation>
    </message>
    <message>
        <source>annals: cannot write to standard output: %1</source>
        <translation>annals：无法写入标准输出：%1</translation>
    </message>
</context>
<context>
    <name>Annals::Cli::StatsCommand</name>
    <message>
        <source>Range.</source>
        <translation>区间。</translation>
    </message>
    <message>
        <source>FROM-TO</source>
        <translation>起-止</translation>
    </message>
    <message>
        <source>A series.</source>
        <translation>一个数据序列。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>csv or json.</source>
        <translation>csv 或 json。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Output file.</source>
        <translation>输出文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Help.</source>
        <translation>帮助。</translation>
    </message>
    <message>
        <source>--format must be csv or json, not &quot;%1&quot;</source>
        <translation>--format 须为 csv 或 json，而非“%1”</translation>
    </message>
    <message>
        <source>--years must look like 2015-2020 (1900 to 2100, first ≤ last), not &quot;%1&quot;</source>
        <translation>--years 应形如 2015-2020（1900 至 2100，起 ≤ 止），而非“%1”</translation>
    </message>
    <message>
        <source>give at most one project file</source>
        <translation>至多给出一个项目文件</translation>
    </message>
    <message>
        <source>no series &quot;%1&quot; in the dataset; &quot;annals data&quot; lists them</source>
        <translation>数据集中没有数据序列“%1”；“annals data”可列出全部数据序列</translation>
    </message>
    <message>
        <source>Usage: annals stats [PROJECT.annals] (--years FROM-TO | --plan N)
                    [--series ID]... [--format csv|json] [-o FILE]
Range statistics of each series and vintage (default: every series of the
embedded dataset, or of the project): first and last value, change, CAGR,
average annual growth.
  --years FROM-TO     the range, e.g. 2015-2020 (1900 to 2100)
  --plan N            the years of Five-Year Plan N instead (13 or 13th), with
                      the plan&apos;s R&amp;D intensity target against the outcome
  --series ID         a series to include (repeatable; default: all)
  --format csv|json   csv (default): series,vintage,from,to,first_value,
                      last_value,change,change_pct,cagr_pct,avg_growth_pct,
                      years,flags,note; with --plan also plan,plan_target_pct,
                      plan_outcome_pct,plan_outcome_vintage,plan_status,
                      plan_gap_pp (the same on every row)
  -o, --output FILE   write there (atomically) instead of standard output
from and to are the first and last years of the range with a value. Change,
CAGR and average growth are left empty, and the note says why, when FROM or TO
has no value or a series break lies inside the range; average growth (the
mean of the year-on-year rates) also needs a value in every year. flags lists
the caveats of the first and last values as YEAR:flag. The note also gives the
execution rate (actual / budget) of years with both figures.
</source>
        <translation>用法：annals stats [项目.annals] (--years 起-止 | --plan N)
                    [--series ID]... [--format csv|json] [-o 文件]
计算每个数据序列和数据版本的区间统计（默认：内置数据集或项目中的
所有数据序列）：首末值、变化、复合年均增长率、年均增速。
  --years 起-止       区间，如 2015-2020（1900 至 2100）
  --plan N            改用第 N 个五年规划的年份（13 或 13th），并给出该
                      规划的研发经费投入强度目标与实际值的对照
  --series ID         要包括的数据序列（可重复；默认：全部）
  --format csv|json   csv（默认）：series,vintage,from,to,first_value,
                      last_value,change,change_pct,cagr_pct,avg_growth_pct,
                      years,flags,note；使用 --plan 时另有 plan,plan_target_pct,
                      plan_outcome_pct,plan_outcome_vintage,plan_status,
                      plan_gap_pp（每行相同）
  -o, --output 文件   写入该文件（原子写入），而非标准输出
from 和 to 是区间内有数值的首年和末年。若起年或止年没有数值，或区间内
有口径变化，则变化、复合年均增长率和年均增速留空，并在 note 中说明原因；
年均增速（各年同比增速的平均值）还需要每一年都有数值。flags 以 年份:标记
列出首末值的注意事项。note 还给出同时有执行数和预算数的年份的执行率
（执行数 / 预算数）。
</translation>
    </message>
    <message>
        <source>A Five-Year Plan.</source>
        <translation>一个五年规划。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>give either --years or --plan, e.g. --years 2015-2020</source>
        <translation>请给出 --years 或 --plan 之一，例如 --years 2015-2020</translation>
    </message>
    <message>
        <source>--plan must be a plan number such as 13 or 13th, not &quot;%1&quot;</source>
        <translation>--plan 应为规划序号，如 13 或 13th，而不是“%1”</translation>
    </message>
    <message>
        <source>no plan %1 in the dataset</source>
        <translation>数据集中没有第 %1 个五年规划</translation>
    </message>
</context>
<context>
    <name>Annals::Cli::TargetsCommand</name>
    <message>
        <source>An indicator.</source>
        <translation>一个指标。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>first or revised.</source>
        <translation>first 或 revised。</translation>
    </message>
    <message>
        <source>VINTAGE</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Points.</source>
        <translation>百分点。</translation>
    </message>
    <message>
        <source>PP</source>
        <translation>PP</translation>
    </message>
    <message>
        <source>csv or json.</source>
        <translation>csv 或 json。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Output file.</source>
        <translation>输出文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Help.</source>
        <translation>帮助。</translation>
    </message>
    <message>
        <source>--format must be csv or json, not &quot;%1&quot;</source>
        <translation>--format 须为 csv 或 json，而非“%1”</translation>
    </message>
    <message>
        <source>--vintage must be first or revised, not &quot;%1&quot;</source>
        <translation>--vintage 须为 first 或 revised，而非“%1”</translation>
    </message>
    <message>
        <source>--tolerance needs a number of points from 0 to 100, not &quot;%1&quot;</source>
        <translation>--tolerance 需要 0 至 100 之间的百分点数，而非“%1”</translation>
    </message>
    <message>
        <source>give at most one project file</source>
        <translation>至多给出一个项目文件</translation>
    </message>
    <message>
        <source>no indicator &quot;%1&quot;; the targets have: %2</source>
        <translation>没有指标“%1”；目标中有：%2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Usage: annals targets [PROJECT.annals] [--indicator ID]... [--format csv|json]
                      [-o FILE] [--vintage first|revised] [--tolerance PP]
Lists the targets of the project (of the embedded dataset without one) with
their outcome, status (met, near, missed, no-target, pending) and gap.
  --indicator ID      only this indicator (repeatable), e.g. gdp_growth
  --vintage V         the outcome judged: first (first release) or revised;
                      either falls back to the other releases (default: the
                      project&apos;s choice; first without a project)
  --tolerance PP      how far an &quot;about&quot; target may be off and be near
                      (default: the project&apos;s; 0.2 points without one)
  --format csv|json   csv (default): indicator,year,target_low,target_high,
                      outcome,outcome_vintage,status,gap_pp,target_phrase,source
                      (gap_pp is in the indicator&apos;s unit: points for %)
  -o, --output FILE   write there (atomically) instead of standard output
</source>
        <translation>用法：annals targets [项目.annals] [--indicator ID]... [--format csv|json]
                      [-o 文件] [--vintage first|revised] [--tolerance PP]
列出项目（无项目时为内置数据集）中的目标及其实际完成值、完成情况
（met 完成、near 接近、missed 未完成、no-target 无目标、pending 待定）和差距。
  --indicator ID      只看该指标（可重复），如 gdp_growth
  --vintage V         用于评判的实际值：first（初次公布数）或 revised（修订数）；
                      缺少时改用其他公布版本（默认：项目中的选择；无项目时为 first）
  --tolerance PP      “左右”类目标偏离多少仍算接近
                      （默认：项目中的设定；无项目时为 0.2 个百分点）
  --format csv|json   csv（默认）：indicator,year,target_low,target_high,
                      outcome,outcome_vintage,status,gap_pp,target_phrase,source
                      （gap_pp 以指标单位计：% 指标为百分点）
  -o, --output 文件   写入该文件（原子写入），而非标准输出
</translation>
    </message>
</context>
<context>
    <name>Annals::Cli::ValidateCommand</name>
    <message>
        <source>%1 series, %2 observations, %3 sources</source>
        <translation>%1 个数据序列，%2 个观测值，%3 个来源</translation>
    </message>
    <message>
        <source>project: %1, %2 annotations, %3 report texts</source>
        <translation>项目：%1，%2 个标注，%3 份报告文本</translation>
    </message>
    <message>
        <source>figures table: %1</source>
        <translation>数据表：%1</translation>
    </message>
    <message>
        <source>keyword counts: %1 keywords in %2 reports</source>
        <translation>关键词频次：%2 份报告中的 %1 个关键词</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a format Annals reads; expected &quot;%2&quot; or &quot;%3&quot;</source>
        <translation>“%1”不是 Annals 能读取的格式；应为“%2”或“%3”</translation>
    </message>
    <message>
        <source>extract: %1</source>
        <translation>摘录：%1</translation>
    </message>
    <message>
        <source>Usage: annals validate FILE...
Checks extracts (.json), figure tables (.csv), keyword counts (.json) and projects (.annals);
prints what each holds, or where it is wrong.
</source>
        <translation>用法：annals validate 文件...
检查摘录文件（.json）、数据表（.csv）、关键词频次（.json）和项目（.annals）；
输出每个文件包含的内容，或错误所在之处。
</translation>
    </message>
    <message>
        <source>annals validate: unknown option &quot;%1&quot;</source>
        <translation>annals validate：未知选项“%1”</translation>
    </message>
    <message>
        <source>valid %1</source>
        <translation>有效 %1</translation>
    </message>
</context>
<context>
    <name>Annals::CorpusCounter</name>
    <message>
        <source>no such file or folder</source>
        <translation>没有该文件或文件夹</translation>
    </message>
    <message>
        <source>the folder holds no .txt files</source>
        <translation>该文件夹中没有 .txt 文件</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>the file grew beyond the %1 MiB limit while it was read</source>
        <translation>读取期间文件增大，超过了 %1 MiB 的上限</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
</context>
<context>
    <name>Annals::CsvTable</name>
    <message>
        <source>expected %1 fields as in the header, found %2</source>
        <translation>应与表头一样有 %1 个字段，实际为 %2 个</translation>
    </message>
    <message>
        <source>a quote may only start a field</source>
        <translation>引号只能出现在字段开头</translation>
    </message>
    <message>
        <source>unexpected text after a closing quote</source>
        <translation>右引号之后有多余的文本</translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation>带引号的字段没有结束</translation>
    </message>
    <message>
        <source>the file is empty; expected a header line</source>
        <translation>文件为空；应有一行表头</translation>
    </message>
</context>
<context>
    <name>Annals::Dashboard</name>
    <message>
        <source>not computed (no base value, or across a series break)</source>
        <translation>未计算（无基期数值，或跨越序列断点）</translation>
    </message>
    <message>
        <source>Copy Chart Image</source>
        <translation>复制图表图像</translation>
    </message>
</context>
<context>
    <name>Annals::DataFile</name>
    <message>
        <source>the file is %1; Annals reads data files of at most %2</source>
        <translation>文件大小为 %1；Annals 读取的数据文件至多为 %2</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>this is a folder; expected a file</source>
        <translation>这是一个文件夹；应为文件</translation>
    </message>
    <message>
        <source>this is a pipe, device or socket; expected a file</source>
        <translation>这是管道、设备或套接字；应为文件</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>the file grew beyond %1 while it was read</source>
        <translation>读取期间文件增大，超过了 %1</translation>
    </message>
    <message>
        <source>not valid UTF-8 at byte %1; save the file as UTF-8</source>
        <translation>第 %1 字节处不是有效的 UTF-8；请将文件保存为 UTF-8</translation>
    </message>
</context>
<context>
    <name>Annals::DetailsAppendix</name>
    <message>
        <source>About these figures</source>
        <translation>关于这些数据</translation>
    </message>
    <message>
        <source>Keyword counting rule:</source>
        <translation>关键词统计规则：</translation>
    </message>
    <message>
        <source>outcome %1 (%2)</source>
        <translation>实际 %1（%2）</translation>
    </message>
    <message>
        <source>(gap %1)</source>
        <translation>（差距 %1）</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>预期目标</translation>
    </message>
    <message>
        <source>open in report</source>
        <translation>在报告中打开</translation>
    </message>
    <message>
        <source>(import %1 to open the phrase in the report)</source>
        <translation>（导入 %1 后即可在报告中打开此表述）</translation>
    </message>
</context>
<context>
    <name>Annals::DetailsPanel</name>
    <message>
        <source>; growth as reported: %1</source>
        <translation>；公布的增速：%1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>First seen %1, last seen %2.</source>
        <translation>最早见于 %1，最近见于 %2。</translation>
    </message>
    <message>
        <source>Not charted for this year.</source>
        <translation>本年份未绘入图表。</translation>
    </message>
    <message>
        <source>Also reported: %1 (%2)</source>
        <translation>其他公布值：%1（%2）</translation>
    </message>
    <message>
        <source>no amount</source>
        <translation>无金额</translation>
    </message>
    <message>
        <source>, growth %1</source>
        <translation>，增速 %1</translation>
    </message>
    <message>
        <source>No figures in the range.</source>
        <translation>该范围内没有数据。</translation>
    </message>
    <message>
        <source>Only %1: %2 %3</source>
        <translation>仅 %1 年：%2 %3</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 个百分点</translation>
    </message>
    <message>
        <source>%1: %2 → %3: %4 %5; change %6</source>
        <translation>%1 年：%2 → %3 年：%4 %5；变化 %6</translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected years have a figure.</source>
        <translation>
            <numerusform>所选年份中有 %n 年有数据。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over %1–%2 (%n years)</source>
        <translation>
            <numerusform>%1–%2 年（%n 年）</numerusform>
        </translation>
    </message>
    <message>
        <source>No year selected</source>
        <translation>未选择年份</translation>
    </message>
    <message>
        <source>&lt;p&gt;Click a bar or a point in any chart, or a row of the table, to see the figures of that year with their sources.&lt;/p&gt;</source>
        <translation>&lt;p&gt;点击任一图表中的柱或点，或数据表中的一行，即可查看该年份的数据及其来源。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No figures for %1 in the series shown.&lt;/p&gt;</source>
        <translation>&lt;p&gt;所显示的数据序列中没有 %1 年的数据。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1: %2 → %3: %4 %5; series break in %6: no change computed across it</source>
        <translation>%1 年：%2 → %3 年：%4 %5；%6 年口径变化：不跨口径计算变化</translation>
    </message>
</context>
<context>
    <name>Annals::ExportActions</name>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Copy Dashboard Image</source>
        <translation>复制总览图(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Nothing to Export</source>
        <translation>没有可导出的内容</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>Annals::ExportCaption</name>
    <message>
        <source>Annals dashboard</source>
        <translation>Annals 总览图</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>figures as published, log scale; growth as reported and computed</source>
        <translation>公布数，对数坐标；公布的与计算的增速</translation>
    </message>
    <message>
        <source>figures as published; growth as reported and computed</source>
        <translation>公布数；公布的与计算的增速</translation>
    </message>
    <message>
        <source>figures as published</source>
        <translation>公布数</translation>
    </message>
    <message>
        <source>raw counts: occurrences in each year&apos;s report</source>
        <translation>原始频次：各年报告中的出现次数</translation>
    </message>
    <message>
        <source>per 10k: occurrences per 10,000 characters of each year&apos;s report</source>
        <translation>每万字：各年报告中每万字的出现次数</translation>
    </message>
    <message>
        <source>index: % change of the per-10k rate against the previous year</source>
        <translation>指数：每万字频次较上年的变化百分比</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2 年</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Spending: %1 · R&amp;D intensity: %2 · Keywords: %3 · %4</source>
        <translation>科技支出：%1 · 研发经费投入强度：%2 · 关键词：%3 · %4</translation>
    </message>
</context>
<context>
    <name>Annals::ExportDialog</name>
    <message>
        <source>Start with a byte order mark (for Excel)</source>
        <translation>以字节顺序标记（BOM）开头（供 Excel 使用）</translation>
    </message>
    <message>
        <source>&amp;Chart only (no title, sources, notes or credit)</source>
        <translation>仅图表(&amp;C)（不含标题、来源、注释和署名）</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Dashboard (all three charts)</source>
        <translation>总览图（全部三张图表）</translation>
    </message>
    <message>
        <source>Spending chart</source>
        <translation>科技支出图</translation>
    </message>
    <message>
        <source>R&amp;D intensity chart</source>
        <translation>研发经费投入强度图</translation>
    </message>
    <message>
        <source>Keyword chart</source>
        <translation>关键词图</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 图像</translation>
    </message>
    <message>
        <source>SVG vector image</source>
        <translation>SVG 矢量图</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>CSV, one row per value (long)</source>
        <translation>CSV，每个数值一行（长格式）</translation>
    </message>
    <message>
        <source>CSV, one column per series (wide)</source>
        <translation>CSV，每个数据序列一列（宽格式）</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>尺寸(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Export:</source>
        <translation>导出(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>Sc&amp;ale:</source>
        <translation>缩放(&amp;A)：</translation>
    </message>
    <message>
        <source>CSV exports hold exactly what the chosen charts show, with a .json file beside them naming sources, vintages and transforms.</source>
        <translation>CSV 导出的内容与所选图表显示的完全一致，旁边附有一个 .json 文件，注明来源、数据版本和换算方法。</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Copy Citation</source>
        <translation>复制引用说明</translation>
    </message>
    <message>
        <source>Copies a paragraph saying what the export shows, from which sources and vintages, how it was counted or computed, and its caveats</source>
        <translation>复制一段说明：导出内容显示了什么、来自哪些来源和数据版本、如何统计或计算，以及注意事项</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>图表：%1</translation>
    </message>
</context>
<context>
    <name>Annals::ExtractReader</name>
    <message>
        <source>%1 entries; Annals reads at most %2</source>
        <translation>%1 项；Annals 至多读取 %2 项</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by an earlier source; ids must be unique</source>
        <translation>“%1”已被前面的来源使用；标识必须唯一</translation>
    </message>
    <message>
        <source>expected budget, actual, preliminary or revised, found &quot;%1&quot;</source>
        <translation>应为 budget、actual、preliminary 或 revised，实际为“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the id of any entry in &quot;sources&quot;</source>
        <translation>“%1”不是“sources”中任何一项的标识</translation>
    </message>
    <message>
        <source>expected a &quot;value&quot; or a &quot;reportedGrowthPct&quot;; found neither</source>
        <translation>应有“value”或“reportedGrowthPct”；两者均未找到</translation>
    </message>
    <message>
        <source>expected an &quot;en&quot; or a &quot;zh&quot; name</source>
        <translation>应有“en”或“zh”名称</translation>
    </message>
    <message>
        <source>expected amount, percent or count, found &quot;%1&quot;</source>
        <translation>应为 amount、percent 或 count，实际为“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not fit the unit &quot;%2&quot;</source>
        <translation>“%1”与单位“%2”不符</translation>
    </message>
    <message>
        <source>more than %1 observations in all; Annals reads at most %1</source>
        <translation>观测值总数超过 %1 个；Annals 至多读取 %1 个</translation>
    </message>
    <message>
        <source>the list is empty; expected at least one series</source>
        <translation>列表为空；应至少有一个数据序列</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by an earlier series; ids must be unique</source>
        <translation>“%1”已被前面的数据序列使用；标识必须唯一</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;, found &quot;%2&quot;</source>
        <translation>应为“%1”，实际为“%2”</translation>
    </message>
    <message>
        <source>this file uses extract format version %1, written by a newer Annals; this version reads up to version %2</source>
        <translation>该文件使用第 %1 版摘录格式，由更新版本的 Annals 写出；本版本至多读取第 %2 版</translation>
    </message>
    <message>
        <source>expected a version of 1 or more, found %1</source>
        <translation>版本号应为 1 或更大，实际为 %1</translation>
    </message>
    <message>
        <source>expected a year such as 2015</source>
        <translation>应为年份，如 2015</translation>
    </message>
</context>
<context>
    <name>Annals::ExtractTargetsReader</name>
    <message>
        <source>%1 entries; Annals reads at most %2</source>
        <translation>%1 项；Annals 至多读取 %2 项</translation>
    </message>
    <message>
        <source>expected first_release, final or revised, found &quot;%1&quot;</source>
        <translation>应为 first_release、final 或 revised，实际为“%1”</translation>
    </message>
    <message>
        <source>expected about, point, at-least, at-most, range or none, found &quot;%1&quot;</source>
        <translation>应为 about、point、at-least、at-most、range 或 none，实际为“%1”</translation>
    </message>
</context>
<context>
    <name>Annals::FiguresCsvReader</name>
    <message>
        <source>missing column &quot;%1&quot;; expected the header indicator,year,value,unit,vintage,reported_growth_pct,source_url,note</source>
        <translation>缺少“%1”列；表头应为 indicator,year,value,unit,vintage,reported_growth_pct,source_url,note</translation>
    </message>
    <message>
        <source>the file holds no figures, only a header line</source>
        <translation>文件中没有数据，只有一行表头</translation>
    </message>
    <message>
        <source>more than %1 figures; Annals reads at most %1</source>
        <translation>数据超过 %1 个；Annals 至多读取 %1 个</translation>
    </message>
    <message>
        <source>expected a series identifier, found an empty field</source>
        <translation>应为数据序列标识，实际为空字段</translation>
    </message>
    <message>
        <source>expected budget, actual, preliminary or revised, found &quot;%1&quot;</source>
        <translation>应为 budget、actual、preliminary 或 revised，实际为“%1”</translation>
    </message>
    <message>
        <source>more than %1 sources; Annals reads at most %1</source>
        <translation>来源超过 %1 个；Annals 至多读取 %1 个</translation>
    </message>
    <message>
        <source>duplicate of line %1 (same indicator, year, vintage, value and source)</source>
        <translation>与第 %1 行重复（指标、年份、数据版本、数值和来源均相同）</translation>
    </message>
    <message>
        <source>more than %1 series; Annals reads at most %1</source>
        <translation>数据序列超过 %1 个；Annals 至多读取 %1 个</translation>
    </message>
    <message>
        <source>&quot;%1&quot; differs from &quot;%2&quot; used for %3 on line %4</source>
        <translation>“%1”与第 %4 行 %3 所用的“%2”不一致</translation>
    </message>
</context>
<context>
    <name>Annals::FileController</name>
    <message>
        <source>Annals projects (*.annals);;All files (*)</source>
        <translation>Annals 项目 (*.annals);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>Start a new project on the embedded dataset</source>
        <translation>以内置数据集新建项目</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Revert to Saved</source>
        <translation>恢复到已保存版本(&amp;R)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>the new project</source>
        <translation>新项目</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing it?</source>
        <translation>关闭 %1 之前保存更改吗？</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>Cannot Open Project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <source>%1 could not be opened; the open project is unchanged.

%2</source>
        <translation>无法打开 %1；当前打开的项目未作改动。

%2</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>analysis.annals</source>
        <translation>分析.annals</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <source>Cannot Save Project</source>
        <translation>无法保存项目</translation>
    </message>
    <message>
        <source>The project was not saved; nothing on disk changed.

%1</source>
        <translation>项目未保存；磁盘上的内容未作任何改动。

%1</translation>
    </message>
    <message>
        <source>Revert to Saved</source>
        <translation>恢复到已保存版本</translation>
    </message>
    <message>
        <source>Discard every change since %1 was last saved?</source>
        <translation>放弃 %1 上次保存以来的所有更改吗？</translation>
    </message>
    <message>
        <source>Cannot Revert</source>
        <translation>无法恢复</translation>
    </message>
</context>
<context>
    <name>Annals::ImportController</name>
    <message>
        <source>&amp;Add Figures…</source>
        <translation>添加数据(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Replace Figures…</source>
        <translation>替换数据(&amp;R)…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Add the series of an extract or figures table to the project&apos;s</source>
        <translation>将摘录文件或数据表中的数据序列添加到项目中</translation>
    </message>
    <message>
        <source>Replace the project&apos;s figures and sources with those of a file</source>
        <translation>用某个文件中的数据和来源替换项目的数据和来源</translation>
    </message>
    <message>
        <source>Cannot import figures</source>
        <translation>无法导入数据</translation>
    </message>
    <message>
        <source>%1 was not imported; nothing was changed.

%2</source>
        <translation>%1 未导入；未作任何改动。

%2</translation>
    </message>
    <message>
        <source>%1: %2 series added, %3 updated</source>
        <translation>%1：新增 %2 个数据序列，更新 %3 个</translation>
    </message>
    <message>
        <source>Add Figures</source>
        <translation>添加数据</translation>
    </message>
    <message>
        <source>Replace Figures</source>
        <translation>替换数据</translation>
    </message>
    <message>
        <source>Annals extracts and figure tables (*.json *.csv);;All files (*)</source>
        <translation>Annals 摘录文件和数据表 (*.json *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>No report text was imported.</source>
        <translation>未导入任何报告文本。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n report text(s) (%1); keyword counts updated.</source>
        <translation>
            <numerusform>已导入 %n 份报告文本（%1）；关键词频次已更新。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read.</source>
        <translation>
            <numerusform>%n 个文件无法读取。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Annals::InputText</name>
    <message>
        <source>1 byte</source>
        <translation>1 字节</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>%1 (%2 MiB)</source>
        <translation>%1（%2 MiB）</translation>
    </message>
</context>
<context>
    <name>Annals::JsonFieldReader</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a true/false value</source>
        <translation>一个 true/false 值</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>一个数字</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>一个字符串</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>一个列表</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>一个对象</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>空</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>顶层应为 JSON 对象</translation>
    </message>
    <message>
        <source>this required field is missing</source>
        <translation>缺少该必填字段</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>应为字符串，实际为%1</translation>
    </message>
    <message>
        <source>expected a number, found %1</source>
        <translation>应为数字，实际为%1</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>应为整数，实际为 %1</translation>
    </message>
    <message>
        <source>expected a list, found %1</source>
        <translation>应为列表，实际为%1</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>应为对象，实际为%1</translation>
    </message>
    <message>
        <source>expected a non-negative integer</source>
        <translation>应为非负整数</translation>
    </message>
</context>
<context>
    <name>Annals::KeywordChecks</name>
    <message>
        <source>empty keyword</source>
        <translation>关键词为空</translation>
    </message>
    <message>
        <source>a keyword of %1 characters; Annals reads keywords of at most %2</source>
        <translation>关键词长 %1 个字符；Annals 读取的关键词至多 %2 个字符</translation>
    </message>
    <message>
        <source>a gloss of %1 characters; Annals reads glosses of at most %2</source>
        <translation>释义长 %1 个字符；Annals 读取的释义至多 %2 个字符</translation>
    </message>
    <message>
        <source>expected a colour as #rrggbb</source>
        <translation>应为 #rrggbb 形式的颜色</translation>
    </message>
    <message>
        <source>expected a whole number from 0 to 2^53, found %1</source>
        <translation>应为 0 至 2^53 之间的整数，实际为 %1</translation>
    </message>
    <message>
        <source>expected &quot;zh&quot; or &quot;en&quot;</source>
        <translation>应为“zh”或“en”</translation>
    </message>
    <message>
        <source>expected 64 lower-case hex digits</source>
        <translation>应为 64 位小写十六进制数字</translation>
    </message>
    <message>
        <source>more than %1 keywords; Annals reads at most %1 in one vocabulary</source>
        <translation>关键词超过 %1 个；Annals 在一个词表中至多读取 %1 个</translation>
    </message>
    <message>
        <source>the keywords are more than %1 characters together; Annals reads at most %1</source>
        <translation>关键词合计超过 %1 个字符；Annals 至多读取 %1 个字符</translation>
    </message>
    <message>
        <source>not in the vocabulary</source>
        <translation>不在词表中</translation>
    </message>
</context>
<context>
    <name>Annals::KeywordContextsHtml</name>
    <message>
        <source>No keyword counts for %1: the corpus holds no Government Work Report of that year. Import its text with File ▸ Import Report Texts to count it.</source>
        <translation>%1 年没有关键词频次：语料中没有该年的政府工作报告。请通过“文件 ▸ 导入报告文本”导入其文本后再统计。</translation>
    </message>
    <message>
        <source>Keywords in context — %1</source>
        <translation>关键词上下文 — %1</translation>
    </message>
    <message>
        <source>The text of this report is not loaded. Import it with File ▸ Import Report Texts to read the sentences.</source>
        <translation>本报告的文本未加载。请通过“文件 ▸ 导入报告文本”导入后阅读相关句子。</translation>
    </message>
    <message>
        <source>None of the shown keywords occurs.</source>
        <translation>所显示的关键词均未出现。</translation>
    </message>
    <message>
        <source>line %1, character %2</source>
        <translation>第 %1 行，第 %2 个字符</translation>
    </message>
    <message>
        <source>open report</source>
        <translation>打开报告</translation>
    </message>
</context>
<context>
    <name>Annals::KeywordController</name>
    <message>
        <source>Import Report Texts</source>
        <translation>导入报告文本</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>文本文件 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import a Folder of Reports</source>
        <translation>导入报告文件夹</translation>
    </message>
    <message>
        <source>%1 holds no .txt files.</source>
        <translation>%1 中没有 .txt 文件。</translation>
    </message>
    <message numerus="yes">
        <source>Counting keywords in %n report(s)…</source>
        <translation>
            <numerusform>正在统计 %n 份报告中的关键词…</numerusform>
        </translation>
    </message>
    <message>
        <source>Some Texts Were Not Imported</source>
        <translation>部分文本未导入</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read; the others were imported:

</source>
        <translation>
            <numerusform>%n 个文件无法读取；其余文件已导入：

</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Add Keyword</source>
        <translation>无法添加关键词</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>“%1”：%2</translation>
    </message>
    <message>
        <source>Counting %1 in the loaded reports…</source>
        <translation>正在已加载的报告中统计 %1…</translation>
    </message>
    <message>
        <source>No Report Texts Loaded</source>
        <translation>未加载报告文本</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can only be counted in report texts, and none is loaded. Import them with File ▸ Import Report Texts, then add the keyword again.</source>
        <translation>“%1”只能在报告文本中统计，而目前没有加载任何报告文本。请通过“文件 ▸ 导入报告文本”导入，然后重新添加该关键词。</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>%1 的颜色</translation>
    </message>
    <message>
        <source>Cannot Open Report</source>
        <translation>无法打开报告</translation>
    </message>
    <message>
        <source>%1 (%2) — Annals</source>
        <translation>%1（%2）— Annals</translation>
    </message>
</context>
<context>
    <name>Annals::KeywordCountsJson</name>
    <message>
        <source>expected &quot;%1&quot;, found &quot;%2&quot;</source>
        <translation>应为“%1”，实际为“%2”</translation>
    </message>
    <message>
        <source>version %1 was written by a newer Annals; this one reads up to version %2</source>
        <translation>第 %1 版由更新版本的 Annals 写出；本版本至多读取第 %2 版</translation>
    </message>
    <message>
        <source>expected version 1</source>
        <translation>版本应为 1</translation>
    </message>
    <message>
        <source>expected a list of keywords</source>
        <translation>应为关键词列表</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>“%1”列出了两次</translation>
    </message>
    <message>
        <source>expected a non-empty list of keywords</source>
        <translation>应为非空的关键词列表</translation>
    </message>
    <message>
        <source>expected a keyword</source>
        <translation>应为关键词</translation>
    </message>
    <message>
        <source>expected a list of documents</source>
        <translation>应为文件列表</translation>
    </message>
    <message>
        <source>more than %1 documents; Annals reads at most %1</source>
        <translation>文件超过 %1 个；Annals 至多读取 %1 个</translation>
    </message>
    <message>
        <source>expected a year (0 when unknown)</source>
        <translation>应为年份（未知时为 0）</translation>
    </message>
    <message>
        <source>expected an object of keyword counts</source>
        <translation>应为关键词频次对象</translation>
    </message>
</context>
<context>
    <name>Annals::KeywordDeclaration</name>
    <message>
        <source>expected at most three TAB-separated fields (keyword, gloss, colour)</source>
        <translation>至多应有三个以 TAB 分隔的字段（关键词、释义、颜色）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour as #rrggbb</source>
        <translation>“%1”不是 #rrggbb 形式的颜色</translation>
    </message>
    <message>
        <source>a group needs a name before &apos;=&apos;: NAME=A|B</source>
        <translation>词组在“=”之前需要一个名称：NAME=A|B</translation>
    </message>
    <message>
        <source>group &quot;%1&quot; has an empty member; write NAME=A|B|C</source>
        <translation>词组“%1”中有空成员；应写作 NAME=A|B|C</translation>
    </message>
    <message>
        <source>empty keyword</source>
        <translation>关键词为空</translation>
    </message>
</context>
<context>
    <name>Annals::KeywordJobs</name>
    <message>
        <source>no year in the file name or the first lines; set one</source>
        <translation>文件名和开头几行中没有年份；请设置年份</translation>
    </message>
</context>
<context>
    <name>Annals::KeywordMatcher</name>
    <message>
        <source>no keywords to count</source>
        <translation>没有要统计的关键词</translation>
    </message>
    <message>
        <source>%1 keywords of %2 characters in all; Annals counts at most %3 keywords of %4 characters in all at once</source>
        <translation>共 %1 个关键词，合计 %2 个字符；Annals 一次至多统计 %3 个关键词，合计 %4 个字符</translation>
    </message>
    <message>
        <source>the keyword is empty</source>
        <translation>关键词为空</translation>
    </message>
    <message>
        <source>the keyword is listed twice</source>
        <translation>该关键词列出了两次</translation>
    </message>
    <message>
        <source>member &quot;%1&quot;: %2</source>
        <translation>成员“%1”：%2</translation>
    </message>
    <message>
        <source>the vocabulary is too large</source>
        <translation>词表过大</translation>
    </message>
</context>
<context>
    <name>Annals::KeywordPattern</name>
    <message>
        <source>&apos;*&apos; is only allowed at the end of an English keyword</source>
        <translation>“*”只能用在英文关键词的末尾</translation>
    </message>
    <message>
        <source>the keyword is empty</source>
        <translation>关键词为空</translation>
    </message>
</context>
<context>
    <name>Annals::KeywordPicker</name>
    <message>
        <source>Filter keywords (中文 or English)</source>
        <translation>筛选关键词（中文或英文）</translation>
    </message>
    <message>
        <source>Add: 量子 · technolog* · chips=芯片|集成电路</source>
        <translation>添加：量子 · technolog* · 芯片类=芯片|集成电路</translation>
    </message>
    <message>
        <source>A Chinese keyword counts as a substring; an English one as whole words (a trailing * matches word endings); NAME=A|B makes a group counted once per position. Press Enter to count it in the loaded report texts.</source>
        <translation>中文关键词按子串统计；英文关键词按完整单词统计（末尾的 * 匹配任意词尾）；NAME=A|B 构成一个词组，同一位置只计一次。按回车键即在已加载的报告文本中统计。</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Tick keywords to chart them</source>
        <translation>勾选关键词以绘制图表</translation>
    </message>
    <message>
        <source>Add %1 and count it</source>
        <translation>添加 %1 并统计</translation>
    </message>
    <message>
        <source>Change &amp;Colour…</source>
        <translation>更改颜色(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Remove from Vocabulary</source>
        <translation>从词表中删除(&amp;R)</translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation>词组：%1</translation>
    </message>
</context>
<context>
    <name>Annals::KeywordsFileReader</name>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>“%1”列出了两次</translation>
    </message>
</context>
<context>
    <name>Annals::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>系统语言(&amp;S)</translation>
    </message>
    <message>
        <source>Annals will use the new language the next time it starts.</source>
        <translation>Annals 将在下次启动时使用新的语言。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>Annals::LongTask</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>Annals::MainWindow</name>
    <message>
        <source>Autosave failed; the last recovery file is kept: %1</source>
        <translation>自动保存失败；已保留上一个恢复文件：%1</translation>
    </message>
    <message>
        <source>Per 10,000 characters</source>
        <translation>每万字</translation>
    </message>
    <message>
        <source>Raw counts</source>
        <translation>原始频次</translation>
    </message>
    <message>
        <source>Change vs previous year, %</source>
        <translation>较上年变化，%</translation>
    </message>
    <message>
        <source>How keyword trends are measured</source>
        <translation>关键词趋势的计量方式</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>关键词</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Data table</source>
        <translation>数据表</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;已打开&gt;</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Import Report &amp;Texts…</source>
        <translation>导入报告文本(&amp;T)…</translation>
    </message>
    <message>
        <source>Import Report F&amp;older…</source>
        <translation>导入报告文件夹(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Logarithmic Amount Axis</source>
        <translation>金额使用对数坐标轴(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>About These &amp;Figures…</source>
        <translation>关于这些数据(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;About Annals</source>
        <translation>关于 Annals(&amp;A)</translation>
    </message>
    <message>
        <source>%1[*] — Annals</source>
        <translation>%1[*] — Annals</translation>
    </message>
    <message>
        <source>About These Figures</source>
        <translation>关于这些数据</translation>
    </message>
    <message>
        <source>About Annals</source>
        <translation>关于 Annals</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Annals %1&lt;/h3&gt;&lt;p&gt;Charts government work reports, S&amp;amp;T budgets and R&amp;amp;D intensity by year, with every figure traced to its source.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Annals %1&lt;/h3&gt;&lt;p&gt;按年份图示政府工作报告、科技预算和研发经费投入强度，每个数字均可追溯至其来源。&lt;/p&gt;&lt;p&gt;依据 GNU GPL 第 3 版或更高版本授权。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>预期目标</translation>
    </message>
    <message>
        <source>Five-Year &amp;Plans</source>
        <translation>五年规划(&amp;P)</translation>
    </message>
    <message>
        <source>Shade and label the plan periods on every year chart</source>
        <translation>在所有年份图表上以底色标出各五年规划时期</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Wait for the work in progress to finish, or cancel it.</source>
        <translation>请等待正在进行的工作完成，或将其取消。</translation>
    </message>
</context>
<context>
    <name>Annals::NewPhrasesController</name>
    <message>
        <source>New Phrases</source>
        <translation>新提法</translation>
    </message>
    <message>
        <source>&amp;Compare Reports…</source>
        <translation>比较报告(&amp;C)…</translation>
    </message>
    <message>
        <source>Two reports side by side: added, removed and reworded sentences</source>
        <translation>两份报告并排对照：新增、删除和改写的句子</translation>
    </message>
    <message numerus="yes">
        <source>Indexing %n report(s)…</source>
        <translation>
            <numerusform>正在为 %n 份报告建立索引…</numerusform>
        </translation>
    </message>
    <message>
        <source>No report texts are loaded. Import them with File ▸ Import Report Texts… to find the phrases that are new each year.</source>
        <translation>未加载报告文本。请通过“文件 ▸ 导入报告文本…”导入，以查找每年的新提法。</translation>
    </message>
    <message>
        <source>Not indexed:
%1</source>
        <translation>未建立索引：
%1</translation>
    </message>
    <message>
        <source>Stop-List</source>
        <translation>停用列表</translation>
    </message>
    <message>
        <source>Cannot Open Report</source>
        <translation>无法打开报告</translation>
    </message>
    <message>
        <source>%1 (%2) — Annals</source>
        <translation>%1（%2）— Annals</translation>
    </message>
    <message>
        <source>The list has %1 characters; a stop-list holds at most %2.</source>
        <translation>该列表有 %1 个字符；停用列表至多 %2 个字符。</translation>
    </message>
    <message>
        <source>Phrases holding one of these are not listed. One a line; /.../ is a regular expression; # starts a comment. Empty: the list that ships. Saved in the project.</source>
        <translation>含有其中任何一项的短语不予列出。每行一项；/.../ 为正则表达式；# 开始注释。留空：使用随附的列表。保存在项目中。</translation>
    </message>
    <message>
        <source>The stop-list was not changed: %1</source>
        <translation>停用列表未更改：%1</translation>
    </message>
</context>
<context>
    <name>Annals::NewPhrasesPanel</name>
    <message>
        <source>&amp;Add as Keyword</source>
        <translation>添加为关键词(&amp;A)</translation>
    </message>
    <message>
        <source>Show in &amp;Report</source>
        <translation>在报告中显示(&amp;R)</translation>
    </message>
    <message>
        <source>New in</source>
        <translation>新出现于</translation>
    </message>
    <message>
        <source>Dropped in</source>
        <translation>消失于</translation>
    </message>
    <message>
        <source>Stop-list…</source>
        <translation>停用列表…</translation>
    </message>
    <message>
        <source>Boilerplate that is never listed (greetings, plenary numbers)</source>
        <translation>从不列出的套话（问候语、会议届次等）</translation>
    </message>
    <message>
        <source>Phrase</source>
        <translation>短语</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Later reports</source>
        <translation>此后的报告</translation>
    </message>
    <message>
        <source>First sentence</source>
        <translation>首次出现的句子</translation>
    </message>
    <message>
        <source>Double-click a phrase to see it in its report</source>
        <translation>双击短语即可在报告中查看</translation>
    </message>
    <message>
        <source>Used in</source>
        <translation>用于</translation>
    </message>
</context>
<context>
    <name>Annals::ObservationChecks</name>
    <message>
        <source>year %1 is outside %2–%3</source>
        <translation>年份 %1 不在 %2–%3 范围内</translation>
    </message>
    <message>
        <source>expected a year such as 2024, found &quot;%1&quot;</source>
        <translation>应为年份，如 2024，实际为“%1”</translation>
    </message>
    <message>
        <source>expected a finite number, found %1</source>
        <translation>应为有限数值，实际为 %1</translation>
    </message>
    <message>
        <source>%1 is out of range; Annals reads values of at most 10^15 in magnitude</source>
        <translation>%1 超出范围；Annals 读取的数值绝对值至多为 10^15</translation>
    </message>
    <message>
        <source>expected a non-negative amount, found %1</source>
        <translation>应为非负金额，实际为 %1</translation>
    </message>
    <message>
        <source>expected a number with a decimal point such as 370.8, found &quot;%1&quot;</source>
        <translation>应为带小数点的数字，如 370.8，实际为“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a unit Annals knows; expected e.g. &quot;billion yuan&quot;, &quot;% of GDP&quot; or &quot;count&quot;</source>
        <translation>“%1”不是 Annals 认识的单位；应为如“billion yuan”、“% of GDP”或“count”</translation>
    </message>
    <message>
        <source>%1 characters; Annals reads names and units of at most %2 characters</source>
        <translation>%1 个字符；Annals 读取的名称和单位至多 %2 个字符</translation>
    </message>
    <message>
        <source>repeats an earlier observation (same year, vintage, value and source)</source>
        <translation>与前面的观测值重复（年份、数据版本、数值和来源均相同）</translation>
    </message>
    <message>
        <source>%1 breaks; Annals reads at most %2</source>
        <translation>口径变化 %1 处；Annals 至多读取 %2 处</translation>
    </message>
    <message>
        <source>%1 follows %2; expected years in ascending order without repeats</source>
        <translation>%1 排在 %2 之后；年份应按升序排列且不重复</translation>
    </message>
</context>
<context>
    <name>Annals::ObservationFlag</name>
    <message>
        <source>Discrepant with every other source; kept for reference, not charted.</source>
        <translation>与其他所有来源均不一致；保留备查，不绘入图表。</translation>
    </message>
    <message>
        <source>Low confidence: taken from a secondary or machine-made page; verify it.</source>
        <translation>可信度低：取自转载页面或机器生成的页面；请核实。</translation>
    </message>
    <message>
        <source>Approximate figure (&quot;about&quot;) as printed by the source.</source>
        <translation>来源所公布的约数（“约”）。</translation>
    </message>
    <message>
        <source>Growth is quoted against the previous year&apos;s actual spending, not against the previous budget.</source>
        <translation>增速是相对上年执行数计算的，而非相对上年预算数。</translation>
    </message>
    <message>
        <source>This year&apos;s figure is quoted differently by different sources.</source>
        <translation>不同来源对本年数据的引述不一致。</translation>
    </message>
    <message>
        <source>Series break: up to 2014 this figure is a central-budget total that includes transfers to local governments (中央财政 rather than 中央本级).</source>
        <translation>口径变化：2014 年及以前，该数为包括对地方转移支付在内的中央财政合计数（中央财政，而非中央本级）。</translation>
    </message>
    <message>
        <source>This is total R&amp;D spending (the &quot;3.3 trillion yuan&quot; of the news), not basic research.</source>
        <translation>这是全社会研发经费总额（新闻中的“3.3 万亿元”），而非基础研究经费。</translation>
    </message>
    <message>
        <source>Revised later (e.g. after a GDP revision); see the note.</source>
        <translation>后经修订（如 GDP 修订之后）；见说明。</translation>
    </message>
    <message>
        <source>Seen in a secondary source only.</source>
        <translation>仅见于二手来源。</translation>
    </message>
    <message>
        <source>Unclear whether this is central-level or national spending; shown, not charted.</source>
        <translation>不清楚是中央本级支出还是全国支出；仅显示，不绘入图表。</translation>
    </message>
    <message>
        <source>National general-public-budget spending, not central-level: listed for reference, not charted.</source>
        <translation>全国一般公共预算支出，而非中央本级：列出备查，不绘入图表。</translation>
    </message>
</context>
<context>
    <name>Annals::OutcomeVintage</name>
    <message>
        <source>first release</source>
        <translation>初次公布数</translation>
    </message>
    <message>
        <source>final</source>
        <translation>最终数</translation>
    </message>
    <message>
        <source>revised</source>
        <translation>修订数</translation>
    </message>
</context>
<context>
    <name>Annals::PlanShading</name>
    <message>
        <source>%1th</source>
        <translation>第%1</translation>
    </message>
    <message>
        <source>%1st</source>
        <translation>第%1</translation>
    </message>
    <message>
        <source>%1nd</source>
        <translation>第%1</translation>
    </message>
    <message>
        <source>%1rd</source>
        <translation>第%1</translation>
    </message>
    <message>
        <source>%1 FYP</source>
        <comment>Five-Year Plan</comment>
        <translation>%1个五年规划</translation>
    </message>
</context>
<context>
    <name>Annals::PlanTarget</name>
    <message>
        <source>No numeric R&amp;D intensity target for %1</source>
        <translation>%1 年没有研发经费投入强度的数值目标</translation>
    </message>
    <message>
        <source>R&amp;D intensity target %1% of GDP by %2</source>
        <translation>研发经费投入强度目标：到 %2 年达到 GDP 的 %1%</translation>
    </message>
    <message>
        <source>%1 (“%2”)</source>
        <translation>%1（“%2”）</translation>
    </message>
    <message>
        <source>%1; outcome %2% (%3)</source>
        <translation>%1；实际 %2%（%3）</translation>
    </message>
    <message>
        <source>%1, %2 points below</source>
        <translation>%1，低 %2 个百分点</translation>
    </message>
    <message>
        <source>%1, %2 points above</source>
        <translation>%1，高 %2 个百分点</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
</context>
<context>
    <name>Annals::ProjectDocument</name>
    <message>
        <source>Show keyword %1</source>
        <translation>显示关键词 %1</translation>
    </message>
    <message>
        <source>Hide keyword %1</source>
        <translation>隐藏关键词 %1</translation>
    </message>
    <message>
        <source>Show keyword counts</source>
        <translation>显示关键词频次</translation>
    </message>
    <message>
        <source>Show keywords per 10,000 characters</source>
        <translation>显示关键词每万字频次</translation>
    </message>
    <message>
        <source>Show keyword change against the previous year</source>
        <translation>显示关键词较上年的变化</translation>
    </message>
    <message>
        <source>Show years %1–%2</source>
        <translation>显示 %1–%2 年</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>显示 %1</translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation>隐藏 %1</translation>
    </message>
    <message>
        <source>Logarithmic amount axis</source>
        <translation>金额使用对数坐标轴</translation>
    </message>
    <message>
        <source>Linear amount axis</source>
        <translation>金额使用线性坐标轴</translation>
    </message>
    <message>
        <source>Add figures from %1</source>
        <translation>从 %1 添加数据</translation>
    </message>
    <message>
        <source>Replace figures with %1</source>
        <translation>用 %1 替换数据</translation>
    </message>
    <message numerus="yes">
        <source>Import %n report text(s)</source>
        <translation>
            <numerusform>导入 %n 份报告文本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n keywords</source>
        <translation>
            <numerusform>%n 个关键词</numerusform>
        </translation>
    </message>
    <message>
        <source>Add keyword %1</source>
        <translation>添加关键词 %1</translation>
    </message>
    <message>
        <source>Remove keyword %1</source>
        <translation>删除关键词 %1</translation>
    </message>
    <message>
        <source>Change colour of %1</source>
        <translation>更改 %1 的颜色</translation>
    </message>
    <message>
        <source>Add annotation &quot;%1&quot;</source>
        <translation>添加标注“%1”</translation>
    </message>
    <message>
        <source>Edit annotation &quot;%1&quot;</source>
        <translation>编辑标注“%1”</translation>
    </message>
    <message>
        <source>Remove annotation &quot;%1&quot;</source>
        <translation>删除标注“%1”</translation>
    </message>
    <message>
        <source>Edit stop-list</source>
        <translation>编辑停用列表</translation>
    </message>
    <message>
        <source>Restore the shipped stop-list</source>
        <translation>恢复随附的停用列表</translation>
    </message>
    <message>
        <source>Show Five-Year Plans</source>
        <translation>显示五年规划</translation>
    </message>
    <message>
        <source>Hide Five-Year Plans</source>
        <translation>隐藏五年规划</translation>
    </message>
    <message>
        <source>Judge targets on revised outcomes, ±%1 pp</source>
        <translation>按修订数评判目标，±%1 个百分点</translation>
    </message>
    <message>
        <source>Judge targets on first releases, ±%1 pp</source>
        <translation>按初次公布数评判目标，±%1 个百分点</translation>
    </message>
</context>
<context>
    <name>Annals::ProjectSerializer</name>
    <message>
        <source>a list of %1 items is announced, but only %2 bytes of data remain</source>
        <translation>声明的列表有 %1 项，但只剩下 %2 字节数据</translation>
    </message>
    <message>
        <source>the project holds more than %1 items; Annals opens projects of at most %1</source>
        <translation>项目包含超过 %1 项；Annals 打开的项目至多 %1 项</translation>
    </message>
    <message>
        <source>the project&apos;s items need more than %1 MiB of memory; Annals opens projects whose items need at most %1 MiB</source>
        <translation>项目各项需要超过 %1 MiB 内存；Annals 打开的项目各项至多需要 %1 MiB</translation>
    </message>
    <message>
        <source>a text of %1 bytes is announced, but only %2 bytes of data remain</source>
        <translation>声明的文本有 %1 字节，但只剩下 %2 字节数据</translation>
    </message>
    <message>
        <source>unknown %1 version %2; this version of Annals reads %1 version %3 and older</source>
        <translation>未知的 %1 版本 %2；本版本 Annals 读取 %1 第 %3 版及更早版本</translation>
    </message>
    <message>
        <source>unknown value %1</source>
        <translation>未知值 %1</translation>
    </message>
    <message>
        <source>expected Base64 data</source>
        <translation>应为 Base64 数据</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice</source>
        <translation>“%1”出现了两次</translation>
    </message>
    <message>
        <source>the file is damaged: %1</source>
        <translation>文件已损坏：%1</translation>
    </message>
    <message>
        <source>the file is truncated: it ends inside the header</source>
        <translation>文件被截断：在文件头内部结束</translation>
    </message>
    <message>
        <source>expected a header line &quot;%1&quot;</source>
        <translation>应有文件头行“%1”</translation>
    </message>
    <message>
        <source>the data does not start with the expected archive header</source>
        <translation>数据的开头不是预期的存档头</translation>
    </message>
    <message>
        <source>unexpected data after the project at byte %1</source>
        <translation>第 %1 字节处，项目之后有多余的数据</translation>
    </message>
    <message>
        <source>the data ends before the project is complete</source>
        <translation>项目尚未完整，数据就已结束</translation>
    </message>
    <message>
        <source>unreadable value at byte %1</source>
        <translation>第 %1 字节处的值无法读取</translation>
    </message>
    <message>
        <source>there is not enough memory to open this project</source>
        <translation>内存不足，无法打开此项目</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>the file is %1; Annals opens project files of at most %2</source>
        <translation>文件大小为 %1；Annals 打开的项目文件至多为 %2</translation>
    </message>
    <message>
        <source>not an Annals project file</source>
        <translation>不是 Annals 项目文件</translation>
    </message>
    <message>
        <source>written by Annals %1 (format %2); this version of Annals opens format ≤ %3</source>
        <translation>由 Annals %1 写出（格式 %2）；本版本 Annals 打开的格式 ≤ %3</translation>
    </message>
    <message>
        <source>(unknown version)</source>
        <translation>（未知版本）</translation>
    </message>
    <message>
        <source>the file is truncated: expected %1 bytes of data, found %2</source>
        <translation>文件被截断：应有 %1 字节数据，实际为 %2 字节</translation>
    </message>
    <message>
        <source>%1 unexpected bytes follow the data</source>
        <translation>数据之后有 %1 个多余的字节</translation>
    </message>
    <message>
        <source>checksum mismatch</source>
        <translation>校验和不符</translation>
    </message>
    <message>
        <source>not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>there is not enough memory to save this project</source>
        <translation>内存不足，无法保存此项目</translation>
    </message>
    <message>
        <source>the project needs %1 MiB; Annals saves project files of at most %2 MiB (embedded report texts take the most room)</source>
        <translation>该项目需要 %1 MiB；Annals 保存的项目文件至多为 %2 MiB（嵌入的报告文本占用空间最多）</translation>
    </message>
</context>
<context>
    <name>Annals::ProjectValidator</name>
    <message>
        <source>%1 is before the first year %2</source>
        <translation>%1 早于起始年份 %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not fit the unit &quot;%2&quot;</source>
        <translation>“%1”与单位“%2”不符</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by an earlier source</source>
        <translation>“%1”已被前面的来源使用</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by an earlier series</source>
        <translation>“%1”已被前面的数据序列使用</translation>
    </message>
    <message>
        <source>more than %1 observations in all; Annals opens projects with at most %1</source>
        <translation>观测值总数超过 %1 个；Annals 打开的项目至多有 %1 个</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the id of any source</source>
        <translation>“%1”不是任何来源的标识</translation>
    </message>
    <message>
        <source>keywords must be unique and not empty</source>
        <translation>关键词必须唯一且不能为空</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>“%1”列出了两次</translation>
    </message>
    <message>
        <source>%1 entries; Annals opens projects with at most %2</source>
        <translation>%1 项；Annals 打开的项目至多有 %2 项</translation>
    </message>
    <message>
        <source>%1 bytes; report texts hold 0 to %2</source>
        <translation>%1 字节；报告文本应为 0 至 %2 字节</translation>
    </message>
    <message>
        <source>%1 characters; Annals opens annotation labels of at most %2</source>
        <translation>%1 个字符；Annals 打开的标注标签至多 %2 个字符</translation>
    </message>
    <message>
        <source>%1 characters; Annals opens stop-lists of at most %2</source>
        <translation>%1 个字符；Annals 打开的停用列表至多 %2 个字符</translation>
    </message>
    <message>
        <source>expected 0 to %1 percentage points, found %2</source>
        <translation>应为 0 至 %1 个百分点，实际为 %2</translation>
    </message>
    <message>
        <source>expected one of %1, found &quot;%2&quot;</source>
        <translation>应为 %1 之一，实际为“%2”</translation>
    </message>
    <message>
        <source>%1 characters; at most %2</source>
        <translation>%1 个字符；最多 %2 个</translation>
    </message>
    <message>
        <source>expected a column id of 1 to %1 characters</source>
        <translation>列标识应为 1 至 %1 个字符</translation>
    </message>
</context>
<context>
    <name>Annals::RangeStatistics</name>
    <message>
        <source>no value in %1–%2</source>
        <translation>%1–%2 年没有数值</translation>
    </message>
    <message>
        <source>a single year: no growth to compute</source>
        <translation>仅有一年：无增长可计算</translation>
    </message>
    <message>
        <source>CAGR needs positive first and last values</source>
        <translation>计算复合年均增长率需要首末值均为正数</translation>
    </message>
    <message>
        <source>%1: %2%</source>
        <translation>%1 年：%2%</translation>
    </message>
    <message numerus="yes">
        <source>execution (actual / budget) %1; average %2% over %n year(s)</source>
        <translation>
            <numerusform>执行率（执行数 / 预算数）%1；%n 年平均 %2%</numerusform>
        </translation>
    </message>
    <message>
        <source>no value in %1 (the first is from %2): change, CAGR and average growth not computed</source>
        <translation>%1 年没有数值（首个数值在 %2 年）：未计算变化、复合年均增长率和年均增速</translation>
    </message>
    <message>
        <source>no value in %1 (the last is from %2): change, CAGR and average growth not computed</source>
        <translation>%1 年没有数值（最后一个数值在 %2 年）：未计算变化、复合年均增长率和年均增速</translation>
    </message>
    <message>
        <source>series break in %1: the years before and after are on different bases, so change, CAGR and average growth are not computed</source>
        <translation>%1 年口径变化：前后年份口径不同，因此未计算变化、复合年均增长率和年均增速</translation>
    </message>
    <message>
        <source>no value in %1: average annual growth needs every year of the range</source>
        <translation>%1 年没有数值：计算年均增速需要区间内每一年的数值</translation>
    </message>
    <message>
        <source>average annual growth needs positive values</source>
        <translation>计算年均增速需要数值均为正数</translation>
    </message>
    <message>
        <source>%1 value: %2</source>
        <translation>%1 年数值：%2</translation>
    </message>
</context>
<context>
    <name>Annals::RangeStatisticsController</name>
    <message>
        <source>Range Statistics</source>
        <translation>区间统计</translation>
    </message>
    <message>
        <source>Brush a range of years on a chart (drag across it) to see, for each series shown, its first and last value, change and compound annual growth.</source>
        <translation>在图表上拖动选取一段年份，即可查看所显示的每个数据序列的首末值、变化和复合年均增长率。</translation>
    </message>
    <message>
        <source>No figure series is shown on the charts.</source>
        <translation>图表上未显示任何数据序列。</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <translation>%1，%2–%3 年</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>Annals::RangeStatisticsPanel</name>
    <message>
        <source>First</source>
        <translation>首年值</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>末年值</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>CAGR</source>
        <translation>复合年均
增长率</translation>
    </message>
    <message>
        <source>Compound annual growth rate from the first to the last year</source>
        <translation>从首年到末年的复合年均增长率</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 年：%2</translation>
    </message>
    <message>
        <source> (%1%)</source>
        <translation> (%1%)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Brush the years of a Five-Year Plan on every view</source>
        <translation>在所有视图中选取一个五年规划的年份</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>年均增速</translation>
    </message>
    <message>
        <source>Average annual growth: the mean of the year-on-year growth rates</source>
        <translation>年均增速：各年同比增速的平均值</translation>
    </message>
    <message>
        <source>Choose a &amp;plan:</source>
        <translation>选择规划(&amp;P)：</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>%1–%2, %n year(s) of growth; brush another range on a chart, or choose a plan, to change it.</source>
        <translation>
            <numerusform>%1–%2 年，跨度 %n 年；在图表上另选一段年份或选择一个规划即可更改。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Annals::ReportComparison</name>
    <message>
        <source>Compare Reports — Annals</source>
        <translation>比较报告 — Annals</translation>
    </message>
    <message>
        <source>keyword, group or phrase</source>
        <translation>关键词、词组或短语</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>with</source>
        <translation>与</translation>
    </message>
    <message>
        <source>Only sentences with</source>
        <translation>只看含有以下内容的句子</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot read:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;无法读取：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 same · %2%3 added · %4%5 removed · %6%7 reworded</source>
        <translation>相同 %1 句 · %2新增 %3 句 · %4删除 %5 句 · %6改写 %7 句</translation>
    </message>
    <message>
        <source>No numbers changed in reworded sentences.</source>
        <translation>改写的句子中没有数字变化。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Numbers in reworded sentences:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;改写句子中的数字：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>Old → new, for each reworded sentence whose numbers changed</source>
        <translation>旧 → 新，列出数字有变化的每个改写句子</translation>
    </message>
</context>
<context>
    <name>Annals::ReportTextReader</name>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
</context>
<context>
    <name>Annals::ReportViewer</name>
    <message>
        <source>&amp;Previous Hit</source>
        <translation>上一处(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next Hit</source>
        <translation>下一处(&amp;N)</translation>
    </message>
    <message>
        <source>No hits</source>
        <translation>无匹配</translation>
    </message>
    <message>
        <source>Hit %1 of %2 — %3, line %4</source>
        <translation>第 %1 处，共 %2 处 — %3，第 %4 行</translation>
    </message>
</context>
<context>
    <name>Annals::SafeWriter</name>
    <message>
        <source>no file name given</source>
        <translation>未给出文件名</translation>
    </message>
    <message>
        <source>this is a folder; name a file to write</source>
        <translation>这是一个文件夹；请指定要写入的文件</translation>
    </message>
    <message>
        <source>this is a pipe, device, socket or broken link; Annals only replaces regular files</source>
        <translation>这是管道、设备、套接字或失效的链接；Annals 只替换普通文件</translation>
    </message>
    <message>
        <source>this is also an input (%1); write the output to another file</source>
        <translation>这也是一个输入文件（%1）；请将输出写入其他文件</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>无法写入：%1</translation>
    </message>
    <message>
        <source>cannot be written: the file was not opened</source>
        <translation>无法写入：文件未打开</translation>
    </message>
    <message>
        <source>cannot be written: %1; the previous file, if any, is unchanged</source>
        <translation>无法写入：%1；原有文件（如有）未作改动</translation>
    </message>
</context>
<context>
    <name>Annals::Series</name>
    <message>
        <source>en</source>
        <comment>The language of series names in this translation: en or zh</comment>
        <translation>zh</translation>
    </message>
</context>
<context>
    <name>Annals::SeriesMenu</name>
    <message>
        <source>&amp;Series</source>
        <translation>数据序列(&amp;S)</translation>
    </message>
    <message>
        <source>More series (table and details)</source>
        <translation>更多数据序列（数据表和详情）</translation>
    </message>
</context>
<context>
    <name>Annals::StopList</name>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>Annals::Target</name>
    <message>
        <source>no target</source>
        <translation>无目标</translation>
    </message>
    <message>
        <source>about %1 %2</source>
        <translation>%1 %2 左右</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>at least %1 %2</source>
        <translation>不低于 %1 %2</translation>
    </message>
    <message>
        <source>at most %1 %2</source>
        <translation>不高于 %1 %2</translation>
    </message>
    <message>
        <source>%1–%2 %3</source>
        <translation>%1–%2 %3</translation>
    </message>
</context>
<context>
    <name>Annals::TargetChart</name>
    <message>
        <source>met</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>near</source>
        <translation>接近</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>无目标</translation>
    </message>
    <message>
        <source>target: about</source>
        <translation>目标：左右</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>确数</translation>
    </message>
    <message>
        <source>range</source>
        <translation>区间</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>不低于</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>不高于</translation>
    </message>
    <message>
        <source>No targets in this dataset</source>
        <translation>该数据集中没有预期目标</translation>
    </message>
</context>
<context>
    <name>Annals::TargetChecks</name>
    <message>
        <source>expected a finite number, found %1</source>
        <translation>应为有限数值，实际为 %1</translation>
    </message>
    <message>
        <source>%1 is out of range; Annals reads values of at most 10^15 in magnitude</source>
        <translation>%1 超出范围；Annals 读取的数值绝对值至多为 10^15</translation>
    </message>
    <message>
        <source>%1 characters; Annals reads at most %2</source>
        <translation>%1 个字符；Annals 至多读取 %2 个字符</translation>
    </message>
    <message>
        <source>a target of kind &quot;none&quot; has no number</source>
        <translation>“none”类目标没有数值</translation>
    </message>
    <message>
        <source>a target of kind &quot;%1&quot; needs &quot;low&quot; and &quot;high&quot;, equal</source>
        <translation>“%1”类目标需要相等的“low”和“high”</translation>
    </message>
    <message>
        <source>a target of kind &quot;%1&quot; has low = high; found %2 and %3</source>
        <translation>“%1”类目标应有 low = high；实际为 %2 和 %3</translation>
    </message>
    <message>
        <source>a target of kind &quot;at-least&quot; has &quot;low&quot; only</source>
        <translation>“at-least”类目标只有“low”</translation>
    </message>
    <message>
        <source>a target of kind &quot;at-most&quot; has &quot;high&quot; only</source>
        <translation>“at-most”类目标只有“high”</translation>
    </message>
    <message>
        <source>a target of kind &quot;range&quot; needs &quot;low&quot; and &quot;high&quot;</source>
        <translation>“range”类目标需要“low”和“high”</translation>
    </message>
    <message>
        <source>a range needs low below high; found %1 and %2</source>
        <translation>区间的 low 应小于 high；实际为 %1 和 %2</translation>
    </message>
    <message>
        <source>a second &quot;%1&quot; outcome; expected at most one per vintage</source>
        <translation>第二个“%1”实际值；每个数据版本至多一个</translation>
    </message>
    <message>
        <source>%1 entries; Annals reads at most %2</source>
        <translation>%1 项；Annals 至多读取 %2 项</translation>
    </message>
    <message>
        <source>expected an id</source>
        <translation>应有标识</translation>
    </message>
    <message>
        <source>expected an &quot;en&quot; or a &quot;zh&quot; name</source>
        <translation>应有“en”或“zh”名称</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not fit the kind &quot;%2&quot;</source>
        <translation>“%1”与类型“%2”不符</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by an earlier indicator; ids must be unique</source>
        <translation>“%1”已被前面的指标使用；标识必须唯一</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the id of any target indicator</source>
        <translation>“%1”不是任何目标指标的标识</translation>
    </message>
    <message>
        <source>a second target for &quot;%1&quot; in %2; expected one per indicator and year</source>
        <translation>%2 年“%1”的第二个目标；每个指标每年只应有一个</translation>
    </message>
    <message>
        <source>expected a plan number from 1 to 9999, found %1</source>
        <translation>规划序号应为 1 至 9999，实际为 %1</translation>
    </message>
    <message>
        <source>plan %1 is listed twice</source>
        <translation>第 %1 个规划列出了两次</translation>
    </message>
    <message>
        <source>%1 is before the start year %2</source>
        <translation>%1 早于起始年份 %2</translation>
    </message>
    <message>
        <source>expected a share from 0 to 100, found %1</source>
        <translation>应为 0 至 100 之间的比重，实际为 %1</translation>
    </message>
    <message>
        <source>%1–%2 overlaps plan %3 (%4–%5); a year belongs to one period at most</source>
        <translation>%1–%2 年与第 %3 个规划（%4–%5 年）重叠；每一年至多属于一个规划期</translation>
    </message>
</context>
<context>
    <name>Annals::TargetMarks</name>
    <message>
        <source>Outcome %1 (%2): </source>
        <translation>实际值 %1（%2）：</translation>
    </message>
    <message>
        <source>gap %1</source>
        <translation>差距 %1</translation>
    </message>
</context>
<context>
    <name>Annals::TargetReport</name>
    <message>
        <source>No target phrase to look up.</source>
        <translation>没有可查找的目标表述。</translation>
    </message>
    <message>
        <source>The phrase is quoted from %1, not from a report text.</source>
        <translation>该表述引自 %1，而非报告文本。</translation>
    </message>
    <message>
        <source>an unnamed source</source>
        <translation>未注明的来源</translation>
    </message>
    <message>
        <source>The %1 report (%2) is not imported. Import it with File ▸ Import Report Texts… to open it at this phrase.</source>
        <translation>%1 年报告（%2）尚未导入。请通过“文件 ▸ 导入报告文本…”导入，即可在此表述处打开。</translation>
    </message>
    <message>
        <source>The report %1 is not imported. Import it with File ▸ Import Report Texts… to open it at this phrase.</source>
        <translation>报告 %1 尚未导入。请通过“文件 ▸ 导入报告文本…”导入，即可在此表述处打开。</translation>
    </message>
    <message>
        <source>The phrase is not in %1 word for word.</source>
        <translation>%1 中没有与该表述逐字相同的文字。</translation>
    </message>
</context>
<context>
    <name>Annals::TargetStatus</name>
    <message>
        <source>met</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>near</source>
        <translation>接近</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>无目标</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>待定</translation>
    </message>
</context>
<context>
    <name>Annals::TargetTableModel</name>
    <message numerus="yes">
        <source>%1: %2 of %n targets met</source>
        <translation>
            <numerusform>%1：%n 个目标中完成 %2 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n near</source>
        <translation>
            <numerusform>，接近 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n missed</source>
        <translation>
            <numerusform>，未完成 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n pending</source>
        <translation>
            <numerusform>，待定 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>实际值</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>公布版本</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>完成情况</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <source>Target phrase</source>
        <translation>目标表述</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>Annals::TargetsChartExport</name>
    <message>
        <source>wrote %1</source>
        <translation>已写出 %1</translation>
    </message>
    <message>
        <source>the data has no targets to chart</source>
        <translation>数据中没有可绘制的预期目标</translation>
    </message>
    <message>
        <source>Targets and outcomes — %1 (%2, tolerance for “about” %3 pp)</source>
        <translation>预期目标与实际完成 — %1（%2，“左右”容差 %3 个百分点）</translation>
    </message>
    <message>
        <source>revised outcomes</source>
        <translation>以修订数评判</translation>
    </message>
    <message>
        <source>first releases</source>
        <translation>以初次公布数评判</translation>
    </message>
    <message>
        <source>the image could not be encoded as PNG</source>
        <translation>无法将图像编码为 PNG</translation>
    </message>
</context>
<context>
    <name>Annals::TargetsPanel</name>
    <message>
        <source>First release</source>
        <translation>初次公布数</translation>
    </message>
    <message>
        <source>Revised</source>
        <translation>修订数</translation>
    </message>
    <message>
        <source>Which outcome is judged; where a target has no outcome of that release, the final or the other one is used</source>
        <translation>用哪个实际值来评判；某目标缺少该版本的实际值时，改用最终数或另一版本</translation>
    </message>
    <message>
        <source> pp</source>
        <translation> 个百分点</translation>
    </message>
    <message>
        <source>How far an outcome may be from an &quot;about&quot; (左右) target and still count as near</source>
        <translation>实际值偏离“左右”类目标多少仍算接近</translation>
    </message>
    <message>
        <source>Indicator:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <source>Judge:</source>
        <translation>评判依据：</translation>
    </message>
    <message>
        <source>Tolerance for “about”:</source>
        <translation>“左右”的容差：</translation>
    </message>
    <message>
        <source>All indicators</source>
        <translation>所有指标</translation>
    </message>
    <message>
        <source>Targets and outcomes: %1</source>
        <translation>预期目标与实际完成：%1</translation>
    </message>
    <message>
        <source>Targets and outcomes</source>
        <translation>预期目标与实际完成</translation>
    </message>
    <message>
        <source>Open in &amp;Report</source>
        <translation>在报告中打开(&amp;R)</translation>
    </message>
    <message>
        <source>Choose a target to open its phrase in the report</source>
        <translation>请选择一个目标，以便在报告中打开其表述</translation>
    </message>
    <message>
        <source>Open %1 at “%2”</source>
        <translation>在“%2”处打开 %1</translation>
    </message>
    <message>
        <source>Open %1 Target in &amp;Report</source>
        <translation>在报告中打开 %1 年目标(&amp;R)</translation>
    </message>
    <message>
        <source>%1 (%2) — Annals</source>
        <translation>%1（%2）— Annals</translation>
    </message>
    <message>
        <source>target phrase “%1”</source>
        <translation>目标表述“%1”</translation>
    </message>
</context>
<context>
    <name>Annals::TextDecoder</name>
    <message>
        <source>not valid %1 at byte %2</source>
        <translation>第 %2 字节处不是有效的 %1</translation>
    </message>
    <message>
        <source>neither UTF-8 nor GB18030: not valid GB18030 at byte %1, not valid UTF-8 at byte %2; name the encoding if it is another one</source>
        <translation>既不是 UTF-8 也不是 GB18030：第 %1 字节处不是有效的 GB18030，第 %2 字节处不是有效的 UTF-8；如为其他编码，请指明</translation>
    </message>
</context>
<context>
    <name>Annals::TextImportDialog</name>
    <message>
        <source>not a readable file</source>
        <translation>不是可读取的文件</translation>
    </message>
    <message>
        <source>&amp;Embed the texts in the project (larger file, works without the originals)</source>
        <translation>将文本嵌入项目(&amp;E)（文件较大，但无需原文件即可使用）</translation>
    </message>
    <message>
        <source>Import Report Texts</source>
        <translation>导入报告文本</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Check the years: Annals read them from the file names or the first lines. Each text replaces the counts of a report of the same year and language.</source>
        <translation>请核对年份：Annals 是从文件名或开头几行中读出年份的。每份文本将替换同一年份、同一语言报告的频次。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>%1, %2 KiB</source>
        <translation>%1，%2 KiB</translation>
    </message>
    <message>
        <source> — set the year</source>
        <translation> — 请设置年份</translation>
    </message>
</context>
<context>
    <name>Annals::TextLibrary</name>
    <message>
        <source>the file has changed since it was counted (its SHA-256 differs); import it again</source>
        <translation>文件自统计以来已更改（其 SHA-256 不同）；请重新导入</translation>
    </message>
</context>
<context>
    <name>Annals::Vintage</name>
    <message>
        <source>budget</source>
        <translation>预算数</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>执行数</translation>
    </message>
    <message>
        <source>preliminary</source>
        <translation>初步数</translation>
    </message>
    <message>
        <source>revised</source>
        <translation>修订数</translation>
    </message>
</context>
<context>
    <name>Annals::YearChartOverlay</name>
    <message>
        <source>break</source>
        <translation>口径变化</translation>
    </message>
    <message>
        <source>Series break: the figures from %1 on are on a different basis from those before; no growth is computed across it.</source>
        <translation>口径变化：%1 年起的数据与此前口径不同；不跨越此处计算增速。</translation>
    </message>
</context>
<context>
    <name>Annals::YearChartTooltip</name>
    <message>
        <source>no figure</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>index, %1 = 100</source>
        <translation>指数，%1年=100</translation>
    </message>
    <message>
        <source>% change vs previous year</source>
        <translation>较上年增长（%）</translation>
    </message>
    <message>
        <source>%1: not computed, no base value or across a series break (%2)</source>
        <translation>%1：未计算，无基期数值或跨越序列断点（%2）</translation>
    </message>
</context>
<context>
    <name>Annals::YearRangeControl</name>
    <message>
        <source>&amp;Years</source>
        <translation>年份(&amp;Y)</translation>
    </message>
    <message>
        <source>First year shown in every chart and the table</source>
        <translation>所有图表和数据表显示的起始年份</translation>
    </message>
    <message>
        <source>Last year shown in every chart and the table</source>
        <translation>所有图表和数据表显示的截止年份</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Show every year of the data</source>
        <translation>显示数据的所有年份</translation>
    </message>
</context>
<context>
    <name>Annals::YearTableBuilder</name>
    <message>
        <source>%1 growth as reported</source>
        <translation>%1增速（公布数）</translation>
    </message>
    <message>
        <source>%1 growth vs previous %2</source>
        <translation>%1增速（对上年%2）</translation>
    </message>
    <message>
        <source>count</source>
        <translation>频次</translation>
    </message>
    <message>
        <source>per 10k</source>
        <translation>每万字</translation>
    </message>
    <message>
        <source>change %</source>
        <translation>变化 %</translation>
    </message>
    <message>
        <source>occurrences</source>
        <translation>出现次数</translation>
    </message>
    <message>
        <source>per 10,000 characters</source>
        <translation>每万字</translation>
    </message>
    <message>
        <source>% vs previous year</source>
        <translation>较上年 %</translation>
    </message>
    <message>
        <source>computed</source>
        <translation>计算值</translation>
    </message>
    <message>
        <source>Computed by Annals: %1 (%2 %3) against %4 (%5 %6).</source>
        <translation>由 Annals 计算：%1（%2 %3）相对于 %4（%5 %6）。</translation>
    </message>
    <message>
        <source>The %1 figure is from %2 (%3).</source>
        <translation>%1 数据来自 %2（%3）。</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>统计值</translation>
    </message>
    <message numerus="yes">
        <source>%n occurrence(s) in %1 Han characters.</source>
        <translation>
            <numerusform>%1 个汉字中出现 %n 次。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n occurrence(s) in %1 words.</source>
        <translation>
            <numerusform>%1 个词中出现 %n 次。</numerusform>
        </translation>
    </message>
</context>
</TS>
