#!/usr/bin/env pwsh
# RegKnowledge build script. Thin on purpose: each task calls dotnet (or the regk CLI); logic lives in C#.
#   dotnet tool restore && dotnet pwsh ./build.ps1 [task]
# Tasks: default (cli + validate + site + packs), test, validate, serve, bench, clean, lint.
[CmdletBinding()]
param(
    [Parameter(Position = 0)]
    [ValidateSet('default', 'build', 'test', 'validate', 'serve', 'bench', 'clean', 'lint')]
    [string] $Task = 'default',
    [string] $Audience = '',
    [string] $Content = 'content'
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
# A failing native command must fail the script with its own exit code (FACTS.md: -File alone does not).
$PSNativeCommandUseErrorActionPreference = $true

$Root = $PSScriptRoot
$Artifacts = Join-Path $Root 'artifacts'
$Bin = Join-Path $Artifacts 'bin'
$Regk = Join-Path $Bin 'regk'
$env:DOTNET_CLI_TELEMETRY_OPTOUT = '1'
$env:DOTNET_NOLOGO = '1'

function Invoke-Native([string] $Command, [string[]] $Arguments) {
    Write-Host "> $Command $($Arguments -join ' ')" -ForegroundColor DarkGray
    & $Command @Arguments
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
}

function Test-Root { return (& id -u) -eq '0' }

# Chromium prints the PDF packs and runs the browser tests. Installed from Debian when missing and we are root.
function Install-Chromium {
    if (Get-Command chromium -ErrorAction SilentlyContinue) { return }
    if ($IsLinux -and (Get-Command apt-get -ErrorAction SilentlyContinue) -and (Test-Root)) {
        Write-Host 'Chromium is missing: installing it from Debian (apt-get install -y chromium).'
        Invoke-Native 'apt-get' @('update', '-qq')
        Invoke-Native 'apt-get' @('install', '-y', '-qq', '-o', 'DPkg::Lock::Timeout=600', 'chromium', 'poppler-utils', 'wamerican')
        return
    }
    Write-Error "Chromium is required for PDF packs and browser tests. Install it with: sudo apt-get install -y chromium poppler-utils wamerican"
}

# /usr/bin/time (package time) gives the hostile-input tests and the benchmarks the kernel's exact peak memory of a child process.
function Install-DebianTools {
    if (-not (Test-Path '/usr/share/dict/words') -or -not (Get-Command pdftotext -ErrorAction SilentlyContinue) -or -not (Test-Path '/usr/bin/time')) {
        if ($IsLinux -and (Get-Command apt-get -ErrorAction SilentlyContinue) -and (Test-Root)) {
            Invoke-Native 'apt-get' @('update', '-qq')
            Invoke-Native 'apt-get' @('install', '-y', '-qq', '-o', 'DPkg::Lock::Timeout=600', 'poppler-utils', 'wamerican', 'time')
        }
    }
}

# Node.js runs the JavaScript client's unit tests and the HTML/accessibility checkers.
function Install-Node {
    if (Get-Command node -ErrorAction SilentlyContinue) { return }
    if ($IsLinux -and (Get-Command apt-get -ErrorAction SilentlyContinue) -and (Test-Root)) {
        Invoke-Native 'apt-get' @('update', '-qq')
        Invoke-Native 'apt-get' @('install', '-y', '-qq', '-o', 'DPkg::Lock::Timeout=600', 'nodejs', 'npm')
        return
    }
    Write-Error "Node.js is required for the JavaScript tests. Install it with: sudo apt-get install -y nodejs npm"
}

function Install-NodeTools {
    if (Test-Path (Join-Path $Root 'package.json')) {
        Install-Node
        Push-Location $Root
        try { Invoke-Native 'npm' @('ci', '--no-audit', '--no-fund', '--loglevel=error') } finally { Pop-Location }
    }
}

function Invoke-PublishCli {
    Invoke-Native 'dotnet' @('publish', (Join-Path $Root 'src/RegKnowledge.Cli/RegKnowledge.Cli.csproj'), '-c', 'Release', '-o', $Bin, '--nologo')
}

function Invoke-Validate {
    Invoke-Native $Regk @('validate', '--content', (Join-Path $Root $Content))
}

function Invoke-Default {
    Invoke-PublishCli
    Invoke-Validate
    $buildArgs = @('build', '--content', (Join-Path $Root $Content), '--out', $Artifacts)
    if ($Audience) { $buildArgs += @('--audience', $Audience) }
    if (-not (Get-Command chromium -ErrorAction SilentlyContinue)) { Install-Chromium }
    Invoke-Native $Regk $buildArgs
    Write-Host "Site: $(Join-Path $Artifacts 'site')  Packs: $(Join-Path $Artifacts 'packs')  Index: $(Join-Path $Artifacts 'index')"
}

# Runs every test project and prints the totals as one plain line, which CI reads.
function Invoke-Test {
    Install-Chromium
    Install-DebianTools
    Install-NodeTools
    Invoke-PublishCli
    $results = Join-Path $Artifacts 'test-results'
    if (Test-Path $results) { Remove-Item -Recurse -Force $results }
    # Failing tests must still reach the summary below: read the exit code instead of letting it throw.
    $PSNativeCommandUseErrorActionPreference = $false
    & dotnet test (Join-Path $Root 'RegKnowledge.sln') -c Release --nologo `
        --logger 'trx' --logger 'console;verbosity=minimal' --results-directory $results
    $testExit = $LASTEXITCODE
    $PSNativeCommandUseErrorActionPreference = $true
    $passed = 0; $failed = 0; $skipped = 0
    foreach ($trx in Get-ChildItem -Path $results -Filter '*.trx' -Recurse -ErrorAction SilentlyContinue) {
        [xml] $doc = Get-Content -Raw $trx.FullName
        $counters = $doc.TestRun.ResultSummary.Counters
        $passed += [int] $counters.passed
        $failed += [int] $counters.failed + [int] $counters.error + [int] $counters.timeout + [int] $counters.aborted
        $skipped += [int] $counters.notExecuted
    }
    if ($testExit -ne 0 -and $failed -eq 0) { $failed = 1 }
    Write-Host ''
    Write-Host "$passed passed, $failed failed, $skipped skipped"
    if ($testExit -ne 0) { exit $testExit }
}

function Invoke-Serve {
    Invoke-PublishCli
    Invoke-Native $Regk @('serve', '--content', (Join-Path $Root $Content))
}

function Invoke-Bench {
    Invoke-PublishCli
    Install-DebianTools
    Install-Chromium
    Install-NodeTools
    # Browser search against Pagefind (README, "Performance"); needs Chromium and npm's pagefind.
    Invoke-Native 'dotnet' @('run', '-c', 'Release', '--project', (Join-Path $Root 'tests/RegKnowledge.Benchmarks/RegKnowledge.Benchmarks.csproj'), '--', 'browser-search', '--out', (Join-Path $Artifacts 'bench/browser-search'))
    Invoke-Native 'dotnet' @('run', '-c', 'Release', '--project', (Join-Path $Root 'tests/RegKnowledge.Benchmarks/RegKnowledge.Benchmarks.csproj'), '--', '--out', (Join-Path $Artifacts 'bench'), '--regk', $Regk)
}

function Invoke-Clean {
    if (Test-Path $Artifacts) { Remove-Item -Recurse -Force $Artifacts }
    Invoke-Native 'dotnet' @('clean', (Join-Path $Root 'RegKnowledge.sln'), '--nologo', '-v', 'quiet')
}

function Invoke-Lint {
    Invoke-Native 'dotnet' @('format', (Join-Path $Root 'RegKnowledge.sln'), '--verify-no-changes')
}

switch ($Task) {
    'default' { Invoke-Default }
    'build' { Invoke-Default }
    'test' { Invoke-Test }
    'validate' { Invoke-PublishCli; Invoke-Validate }
    'serve' { Invoke-Serve }
    'bench' { Invoke-Bench }
    'clean' { Invoke-Clean }
    'lint' { Invoke-Lint }
}
