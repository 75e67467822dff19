using ReviewLint.Formatting;

namespace ReviewLint.Web;

/// <summary>The one page: paste or upload a report, then see it highlighted with the HTML report's stylesheet, tooltip and filters.</summary>
public static class Page
{
    public static string Html(WebLimits limits) => $$"""
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>ReviewLint 材料检查</title>
        <style>
        {{HtmlAssets.Stylesheet}}
        form.rl-input{background:#fff;border:1px solid #ddd;border-radius:6px;padding:.75rem}
        form.rl-input textarea{width:100%;box-sizing:border-box;min-height:14rem;font:inherit;line-height:1.7}
        form.rl-input .rl-row{display:flex;gap:1rem;align-items:center;flex-wrap:wrap;margin-top:.5rem}
        #rl-error{font-weight:bold}
        </style>
        </head>
        <body>
        <header><h1>ReviewLint 材料检查</h1>
        <p class="rl-muted">粘贴材料全文，或选择一个 .txt、.docx 文件，检查错别字、重复字词、结构与称谓等问题。材料只在本机处理，不会上传到其他地方。</p></header>
        <main>
        <form class="rl-input" id="rl-form" method="post" action="/api/view" enctype="multipart/form-data">
        <label for="rl-text">材料文字</label>
        <textarea id="rl-text" name="text" placeholder="在此粘贴材料全文……"></textarea>
        <div class="rl-row">
        <label>或上传文件 <input type="file" id="rl-file" name="file" accept=".txt,.md,.docx"></label>
        <button type="submit" id="rl-submit">检查</button>
        <span class="rl-muted">选择了文件时检查文件，否则检查粘贴的文字；每次最多 {{limits.RequestSizeText}}、{{limits.MaxTextChars:N0}} 字。</span>
        </div>
        </form>
        <p id="rl-error" class="rl-errors" role="alert" hidden></p>
        <p id="rl-status" class="rl-muted" aria-live="polite"></p>
        <div id="rl-result"></div>
        </main>
        <script>
        {{HtmlAssets.Script}}
        </script>
        <script>
        (function(){
        "use strict";
        var form=document.getElementById("rl-form"),file=document.getElementById("rl-file"),text=document.getElementById("rl-text"),
            error=document.getElementById("rl-error"),status=document.getElementById("rl-status"),result=document.getElementById("rl-result");
        function fail(message){error.textContent=message;error.hidden=false;status.textContent="";result.innerHTML="";}
        form.addEventListener("submit",function(e){
          e.preventDefault();error.hidden=true;error.textContent="";
          var data=new FormData();
          if(file.files.length>0){
            if(file.files[0].size>{{limits.MaxRequestBytes}}){fail("材料太大：网页版每次最多接收 {{limits.RequestSizeText}}。");return;}
            data.append("file",file.files[0]);
          }else{
            if(!text.value.trim()){fail("没有收到材料：请粘贴材料文字，或选择一个 .txt、.docx 文件。");return;}
            data.append("text",text.value);
          }
          status.textContent="正在检查……";
          fetch("/api/view",{method:"POST",body:data}).then(function(r){return r.text().then(function(body){
            if(!r.ok){var message;try{message=JSON.parse(body).error;}catch(x){message="检查失败（HTTP "+r.status+"）。";}fail(message);return;}
            status.textContent="";result.innerHTML=body;window.ReviewLintReport.applyFilters();
          });}).catch(function(x){fail("无法连接到检查服务："+x.message);});
        });
        })();
        </script>
        </body>
        </html>
        """;
}
